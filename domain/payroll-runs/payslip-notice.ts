/**
 * The message that tells a worker their payslip is ready: in their language, with no amount and
 * nothing personal (it may be read on a shared phone or a lock screen).
 */
export type NoticeLanguage = 'fr' | 'nl' | 'en';

const MONTHS: Record<NoticeLanguage, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthName(period: string, language: NoticeLanguage): string {
  return `${MONTHS[language][Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

export function payslipReadyNotice(period: string, language: NoticeLanguage, kind: 'regular' | 'regularisation'): { subject: string; body: string } {
  const month = monthName(period, language);
  const correction = kind === 'regularisation';
  switch (language) {
    case 'nl':
      return {
        subject: correction ? `Een correctie van je loon staat klaar (${month})` : `Je loonbrief van ${month} staat klaar`,
        body: correction
          ? `Er staat een correctieloonbrief voor je klaar. Meld je aan om hem te lezen en te downloaden.`
          : `Je loonbrief van ${month} staat klaar. Meld je aan om hem te lezen en te downloaden.`,
      };
    case 'en':
      return {
        subject: correction ? `A correction of your pay is ready (${month})` : `Your payslip for ${month} is ready`,
        body: correction
          ? `A correction payslip is ready for you. Sign in to read and download it.`
          : `Your payslip for ${month} is ready. Sign in to read and download it.`,
      };
    default:
      return {
        subject: correction ? `Une correction de votre salaire est prête (${month})` : `Votre fiche de paie de ${month} est prête`,
        body: correction
          ? `Une fiche de paie de correction est prête. Connectez-vous pour la lire et la télécharger.`
          : `Votre fiche de paie de ${month} est prête. Connectez-vous pour la lire et la télécharger.`,
      };
  }
}
