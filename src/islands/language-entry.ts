import { preferredLocale } from '../i18n/detect.ts';

// Sends the visitor from `/` to the home page in their browser's language.
const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
location.replace(`/${preferredLocale(languages)}/`);
