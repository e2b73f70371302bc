/**
 * Permission bits a new file is created with, before the user's umask narrows them. What belongs
 * to the app (the recent-projects list) is owner-only; a file the user asked for (an export) gets
 * what their umask allows, like any file they save.
 */
export const FILE_MODE = { ownerOnly: 0o600, userDefault: 0o666 } as const;
