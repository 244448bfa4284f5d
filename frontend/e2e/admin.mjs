// The administration screens' steps of the end-to-end story, run as the seeded lab_administrator.

async function openAdministration(page, section) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: section }).click();
    await page.getByRole('heading', { name: section, level: 1 }).waitFor();
}

/**
 * Creates a user with a role on the Users screen (in the story: the second user, who verifies QC).
 * Returns `{ id, username }` of the created account.
 */
export async function createUser(page, { username, fullName, email, role, password }) {
    await openAdministration(page, 'Users');
    const form = page.getByRole('form', { name: 'Create a user' });
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Full name').fill(fullName);
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption(role);
    await form.getByLabel('Initial password').fill(password);
    await form.getByRole('button', { name: 'Create user' }).click();
    const created = page.getByRole('link', { name: `Created ${username.toLowerCase()}.` });
    await created.waitFor();
    // The list shows the new account without a reload.
    await page.getByRole('cell', { name: username.toLowerCase(), exact: true }).waitFor();
    return { id: (await created.getAttribute('href')).split('/').pop(), username: username.toLowerCase() };
}

/** Creates a service principal on the API keys screen; its key is shown once. Returns `{ name, apiKey }`. */
export async function createApiKey(page, check, { name, role }) {
    await openAdministration(page, 'API keys');
    const form = page.getByRole('form', { name: 'Create an API key' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Role').selectOption(role);
    await form.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('you will not see it again').waitFor();
    const apiKey = await page.getByLabel('API key', { exact: true }).inputValue();
    check(apiKey.length > 20, 'no API key is shown');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    check((await page.getByLabel('API key', { exact: true }).count()) === 0, 'the API key is still shown');
    return { name, apiKey };
}

/** Revokes a service principal's key on the API keys screen, through its confirmation. */
export async function revokeApiKey(page, name) {
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`The key of ${name} stops working now`).waitFor();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/^revoked /).waitFor();
}

/** The security audit filtered by event type and subject: waits for the event about `subject`. */
export async function findInAudit(page, { type, subject }) {
    await openAdministration(page, 'Security audit');
    await page.getByLabel('Event').selectOption(type);
    await page.getByLabel(/^Subject/).fill(subject);
    await page.getByRole('row').filter({ hasText: subject }).first().waitFor();
}

/** The signed-in user's own sessions: this one is marked. */
export async function openOwnSessions(page) {
    await page.getByRole('link', { name: 'My sessions' }).click();
    await page.getByRole('heading', { name: 'My sessions', level: 1 }).waitFor();
    await page.getByText('(this session)').waitFor();
}
