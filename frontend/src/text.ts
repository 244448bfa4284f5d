/**
 * Every text the screens show, in one place: a translation replaces this object. Functions take
 * what the sentence is about, so word order stays the translator's.
 */
export const text = {
    product: 'TracSeq',
    signIn: {
        title: 'Sign in',
        username: 'Username',
        password: 'Password',
        submit: 'Sign in',
        working: 'Signing in…',
        firstStart: 'First start: create the administrator',
        expired: 'Your session has ended. Sign in again to go on where you were.',
    },
    setup: {
        title: 'Create the first administrator',
        hint: 'The server printed a one-time setup token in its log on its first start.',
        setupToken: 'Setup token',
        fullName: 'Full name',
        email: 'Email',
        passwordRule: 'At least 12 characters with upper and lower case, a digit and a symbol.',
        submit: 'Create and sign in',
        back: 'Back to sign-in',
    },
    nav: {
        label: 'Main',
        dashboard: 'Dashboard',
        samples: 'Samples',
        signOut: 'Sign out',
        signedInAs: (name: string, role: string) => `${name} (${role.replaceAll('_', ' ')})`,
    },
    scan: {
        label: 'Scan or type a barcode',
        placeholder: 'Scan a barcode',
        notFound: (barcode: string) => `No sample has the barcode ${barcode}.`,
    },
    dashboard: {
        title: 'Dashboard',
        samples: 'Samples by status',
        total: (count: number) => `${count} samples in all`,
        storage: 'Storage',
        openAlerts: (count: number) => (count === 1 ? '1 open sensor alert' : `${count} open sensor alerts`),
        pastWarning: 'Units past their capacity warning',
        noneWarning: 'No unit is past its capacity warning.',
        unavailable: (part: string, detail?: string) => `${part} cannot be shown now${detail ? `: ${detail}` : ''}.`,
        unitFill: (occupied: number, capacity: number, percent: number) =>
            `${occupied} of ${capacity} positions (${percent} %)`,
    },
    samples: {
        title: 'Samples',
        search: 'Search name or barcode',
        status: 'Status',
        anyStatus: 'Any status',
        columns: { barcode: 'Barcode', name: 'Name', type: 'Type', status: 'Status', created: 'Registered' },
        none: 'No sample matches.',
        page: (page: number, pages: number, total: number) => `Page ${page} of ${pages} (${total} samples)`,
        previous: 'Previous page',
        next: 'Next page',
    },
    sample: {
        back: 'All samples',
        details: 'Details',
        history: 'Status history',
        noHistory: 'No status change yet.',
        fields: {
            barcode: 'Barcode',
            type: 'Type',
            status: 'Status',
            volume: 'Available volume',
            registered: 'Registered',
            by: 'By',
        },
        change: (from: string | undefined, to: string) => (from ? `${from} → ${to}` : to),
    },
    confirm: {
        title: (action: string) => `${action}?`,
        cancel: 'Cancel',
        working: 'Working…',
    },
    problem: {
        rule: (rule: string) => `Rule ${rule}`,
        unreachable: 'TracSeq cannot be reached. Check the connection and try again.',
    },
    loading: 'Loading…',
    notFound: 'There is no such page.',
};

/** A status or type as people read it: `in_storage` → `in storage`. */
export function wireWords(value: string): string {
    return value.replaceAll('_', ' ');
}

/** An instant in the user's own time zone and language. */
export function localTime(instant: Date): string {
    return instant.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
