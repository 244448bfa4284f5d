/** An account as the auth service answers it, for the administration screens' tests. */
export function userAnswer(n: number, overrides: object = {}) {
    return {
        id: `7b0c1e0e-1111-4a4a-9999-0000000000${String(n).padStart(2, '0')}`,
        username: `user${n}`,
        fullName: `User ${n}`,
        email: `user${n}@lab.example.org`,
        role: 'lab_technician',
        enabled: true,
        createdAt: '2026-12-01T08:00:00Z',
        createdBy: 'admin',
        ...overrides,
    };
}
