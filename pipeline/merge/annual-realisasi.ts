/** How the year's realisasi follows from the quarters, when the `Realisasi` cell is empty. */

type Quarters = readonly [number | null, number | null, number | null, number | null];

/**
 * `kumulatif`: TW IV is the year. `jumlah`: the sum, only when all four quarters are filled.
 * `akhir`: the last filled quarter. `rata-rata`: the mean of the filled quarters. Nothing filled → null.
 */
export function annualRealisasi(q: Quarters, agregasi: 'kumulatif' | 'jumlah' | 'akhir' | 'rata-rata'): number | null {
  const filled = q.filter((v): v is number => v !== null);
  if (filled.length === 0) return null;
  switch (agregasi) {
    case 'kumulatif':
      return q[3];
    case 'jumlah':
      return filled.length === 4 ? filled.reduce((a, b) => a + b, 0) : null;
    case 'akhir':
      return filled[filled.length - 1] ?? null;
    case 'rata-rata':
      return filled.reduce((a, b) => a + b, 0) / filled.length;
  }
}
