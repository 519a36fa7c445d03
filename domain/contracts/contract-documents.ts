/**
 * The business keys of a contract's stored documents: version 1 is the draft both parties sign,
 * the signed version (2) is issued once both have signed. Each is stored once under its key; the
 * draft is never replaced, only superseded as the current document.
 */
export const contractDraftKey = (contractId: string) => `contract:${contractId}`;
export const contractSignedKey = (contractId: string) => `contract:${contractId}:signed`;
