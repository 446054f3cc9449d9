/** Where everyone keeps their second factor and notification choices. */
export const PROFILE_PATH = '/area-riservata/profilo';
