/** Money amounts as the data screens show them: the number in its currency's decimals, then the code. */

/**
 * Decimals a currency is written with (USD 2, KRW and JPY 0, BHD 3), from Intl's table; a code
 * Intl does not know (a team's own "credits") keeps two.
 */
export function currencyDigits(code: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `1234.5` → `1,234.50 USD`, `35400` → `35,400 KRW`; one line per currency when a sum mixes them. */
export function formatMoney(byCurrency: Record<string, number | null>, locale?: string): string {
  const entries = Object.entries(byCurrency);
  if (entries.length === 0) return '—';
  return entries
    .map(([cur, n]) =>
      n === null
        ? '—'
        : `${n.toLocaleString(locale, { minimumFractionDigits: currencyDigits(cur), maximumFractionDigits: currencyDigits(cur) })} ${cur}`.trim(),
    )
    .join(' · ');
}
