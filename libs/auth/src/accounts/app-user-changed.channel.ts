/** Notified by a trigger on app_user (migration AppUserChangedNotify) with the changed user's id. */
export const APP_USER_CHANGED_CHANNEL = 'app_user_changed';
