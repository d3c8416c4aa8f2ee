/**
 * Sample data: who filled in each unit's workbook. ALL INVENTED — names and NIPs are fictional; the NIPs only follow
 * the 18-digit format (birth date, TMT, sex, sequence).
 */

/** What one unit types in `Identitas` (Unit Kerja and Tahun come with the template), by unit code from `laporan.yaml`. */
export interface UnitSample {
  penanggungJawab: string;
  nip: string;
  /** Date the workbook was filled in, `YYYY-MM-DD`. */
  tanggal: string;
}

export const UNIT_SAMPLES: Readonly<Record<string, UnitSample>> = {
  TEKNIS: { penanggungJawab: 'Hendra Kurniawan, S.IP.', nip: '198203152009011004', tanggal: '2025-01-08' },
  PARMAS: { penanggungJawab: 'Siti Nurhasanah, S.Sos., M.Si.', nip: '198507222010122002', tanggal: '2025-01-09' },
  DATIN: { penanggungJawab: 'Agus Setiawan, S.Kom.', nip: '198811052014031001', tanggal: '2025-01-07' },
  RENLOG: { penanggungJawab: 'Dewi Anggraeni, S.E., M.M.', nip: '198004172006042001', tanggal: '2025-01-10' },
  HUKUM: { penanggungJawab: 'Rahmat Hidayat, S.H., M.H.', nip: '197912302005011002', tanggal: '2025-01-08' },
  SDM: { penanggungJawab: 'Yuliana Puspitasari, S.Psi.', nip: '199002142015032003', tanggal: '2025-01-09' },
  KEU: { penanggungJawab: 'Eko Prasetyo, S.E., Ak.', nip: '197706092003121001', tanggal: '2025-01-06' },
};
