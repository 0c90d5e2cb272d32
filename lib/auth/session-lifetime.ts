// A session renews while it is used (SESSION_DAYS idle), but ends this long after sign-in
// however active it is, so a stolen cookie cannot be kept alive forever.
export const SESSION_ABSOLUTE_DAYS = 30;

export function sessionOutlivedItsLifetime(createdAt: Date | string, now = new Date()): boolean {
  return now.getTime() - new Date(createdAt).getTime() > SESSION_ABSOLUTE_DAYS * 24 * 60 * 60 * 1000;
}
