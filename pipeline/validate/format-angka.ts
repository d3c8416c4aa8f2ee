/** Numbers as Indonesian readers write them, for validation messages: `77,5`, `8.179.547`. */
import type { TargetValue } from '../../schemas/common.ts';

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** `77.5` → `77,5`; `8179547` → `8.179.547`. */
export const formatAngka = (n: number): string => id.format(n);

/** A PK target: `77,5`, or a range `80–90`. */
export const formatTarget = (t: TargetValue): string =>
  typeof t === 'number' ? formatAngka(t) : `${formatAngka(t.min)}–${formatAngka(t.max)}`;
