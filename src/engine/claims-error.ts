// An error in the claims data, naming the file and the field at fault.
export class ClaimsError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field || "(root)"}: ${detail}`);
    this.name = "ClaimsError";
  }
}
