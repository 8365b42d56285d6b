import bcrypt from 'bcryptjs'

// A real hash of a random password, compared when the account is unknown so that the
// response time does not reveal which emails have accounts.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.SAgMvh5O1bH9f6bU9x3Ruwv6J5tC'

/** Compares a password with a bcrypt hash, spending the same time when there is no hash. */
export async function comparePassword(password: string, passwordHash: string | undefined): Promise<boolean> {
  const isMatch = await bcrypt.compare(password, passwordHash ?? DUMMY_HASH)

  return isMatch && passwordHash !== undefined
}
