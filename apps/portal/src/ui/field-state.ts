/** The props that mark an input invalid with the API's message for that field. */
export function fieldState(message: string | undefined): { valid?: boolean; validationText?: string } {
  return message ? { valid: false, validationText: message } : {};
}
