/**
 * The keys accounts are found by. A mobile number is written many ways ("0470 12 34 56",
 * "+32 470 12 34 56", "0032470123456"); all of them name one phone, so they hash alike.
 * Numbers without a country prefix are Belgian (the cooperative is in Brussels).
 */
export function normaliseMobileNumber(raw: string): string {
  const digits = raw.replace(/[\s./()-]/g, '');
  if (digits.startsWith('+')) return `+${digits.slice(1).replace(/\D/g, '')}`;
  if (digits.startsWith('00')) return `+${digits.slice(2).replace(/\D/g, '')}`;
  if (digits.startsWith('0')) return `+32${digits.slice(1).replace(/\D/g, '')}`;
  return `+${digits.replace(/\D/g, '')}`;
}

export const normaliseEmail = (raw: string) => raw.trim().toLowerCase();

/** What a keyed hash of each kind is computed over (platform's FieldCipher.blindIndex kinds). */
export const SIGN_IN_HASH_KINDS = { email: 'account-email', phone: 'account-phone', code: 'sign-in-code' } as const;
