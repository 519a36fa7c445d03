import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { nl } from './locales/nl';

export const LANGUAGES = [
  { code: 'fr', name: 'Français' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;

/** The reader's language: the one they chose on this device, else the browser's, else French. */
const STORAGE_KEY = 'talentcoop.language';
const supported = (code: string | null | undefined) => LANGUAGES.find((l) => l.code === code?.slice(0, 2))?.code;
const initial = supported(localStorage.getItem(STORAGE_KEY)) ?? supported(navigator.language) ?? 'fr';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, nl: { translation: nl } },
  lng: initial,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

function apply(code: string) {
  document.documentElement.lang = code;
  setApiLanguage(code);
}
apply(initial);

export function setLanguage(code: string): void {
  localStorage.setItem(STORAGE_KEY, code);
  apply(code);
  void i18next.changeLanguage(code);
}
