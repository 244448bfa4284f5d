import { Role } from '@tracseq/client';
import { useSession } from './session';

/** Lowest first: a role may do what every role below it may (the server's rule too). */
const ORDER: Role[] = Object.values(Role);

/**
 * Whether the signed-in user's role reaches `minimum`: actions the server would refuse are hidden,
 * never only disabled. The server still decides; a refusal is shown as its problem.
 */
export function useRoleAtLeast(minimum: Role): boolean {
    const { session } = useSession();
    return ORDER.indexOf(session.user.role) >= ORDER.indexOf(minimum);
}
