import { links } from '../../route';
import { text } from '../../text';

type Section = 'users' | 'apiKeys' | 'audit';

/** The administration screens' own navigation, on each of them. */
export function AdminNav({ current }: { current: Section }) {
    const sections: [Section, string, string][] = [
        ['users', links.users, text.admin.users.title],
        ['apiKeys', links.apiKeys, text.admin.keys.title],
        ['audit', links.audit, text.admin.audit.title],
    ];
    return (
        <nav className="subnav" aria-label={text.admin.sections}>
            {sections.map(([section, href, title]) => (
                <a key={section} href={href} aria-current={section === current ? 'page' : undefined}>
                    {title}
                </a>
            ))}
        </nav>
    );
}
