import type { User } from '@tracseq/client';

// The roles storage.yaml's x-roles name; the server refuses the others anyway, so these only hide
// what a role could not do.
const handlers: readonly string[] = ['lab_technician', 'principal_investigator', 'lab_administrator'];
const arrangers: readonly string[] = ['principal_investigator', 'lab_administrator'];

/** Place, move, check out and in, release, discard, acknowledge alerts. */
export const canHandle = (user: User) => handlers.includes(user.role);

/** Create and delete locations. */
export const canArrange = (user: User) => arrangers.includes(user.role);
