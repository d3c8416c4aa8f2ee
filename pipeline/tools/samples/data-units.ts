/**
 * Sample data: who filled in each unit's workbook. ALL INVENTED — names and NIPs are fictional; the NIPs only follow
 * the 18-digit format (birth date, TMT, sex, sequence).
 */

/** Identitas of one unit's workbook, by unit code from `laporan.yaml`. */
export interface UnitSample {
  /** What the unit typed in `Identitas → Unit Kerja`; `null` means the canonical name from `laporan.yaml`. */
  unitKerja: string | null;
  penanggungJawab: string;
  nip: string;
  /** Date the workbook was filled in, `YYYY-MM-DD`. */
  tanggal: string;
}

export const UNIT_SAMPLES: Readonly<Record<string, UnitSample>> = {
  TEKNIS: { unitKerja: null, penanggungJawab: 'Hendra Kurniawan, S.IP.', nip: '198203152009011004', tanggal: '2025-01-08' },
  // Typed with a short alias on purpose: the validator must recognise `alias` from laporan.yaml.
  PARMAS: {
    unitKerja: 'Divisi Sosdiklih Parmas',
    penanggungJawab: 'Siti Nurhasanah, S.Sos., M.Si.',
    nip: '198507222010122002',
    tanggal: '2025-01-09',
  },
  DATIN: { unitKerja: null, penanggungJawab: 'Agus Setiawan, S.Kom.', nip: '198811052014031001', tanggal: '2025-01-07' },
  RENLOG: { unitKerja: null, penanggungJawab: 'Dewi Anggraeni, S.E., M.M.', nip: '198004172006042001', tanggal: '2025-01-10' },
  HUKUM: { unitKerja: null, penanggungJawab: 'Rahmat Hidayat, S.H., M.H.', nip: '197912302005011002', tanggal: '2025-01-08' },
  SDM: { unitKerja: null, penanggungJawab: 'Yuliana Puspitasari, S.Psi.', nip: '199002142015032003', tanggal: '2025-01-09' },
  KEU: { unitKerja: null, penanggungJawab: 'Eko Prasetyo, S.E., Ak.', nip: '197706092003121001', tanggal: '2025-01-06' },
};
