/** Top-level domains seen in e-mail and web addresses of the people served (Italy and countries of origin). */
export const TLD =
  String.raw`(?:it|com|net|org|eu|info|biz|me|io|fr|de|es|pt|ch|at|be|nl|uk|co|ro|md|ua|ru|by|al|rs|ma|tn|dz|eg|sn|ng|gh|pk|in|bd|lk|ph|cn|pe|ec|br|ar|us|tv|xyz|app|online|email|live)`;

/** Mail providers: "mario.rossi at gmail" is an address even without its domain. */
export const MAIL_PROVIDER =
  String.raw`(?:gmail|googlemail|hotmail|outlook|live|libero|yahoo|virgilio|alice|tin|tim|tiscali|fastwebnet|icloud|email|inwind|aruba|pec|legalmail|postecert|mail|yandex|gmx|protonmail|proton|wanadoo|orange)`;
