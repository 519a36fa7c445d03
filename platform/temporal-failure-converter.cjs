// The failure converter of every client and worker, and of the workflow bundle (loaded by path,
// so plain CommonJS: the SDK `require`s it and webpack bundles it into the workflow sandbox).
// `encodeCommonAttributes` moves a failure's message and stack trace into a payload, which the
// payload codec then encrypts like any other: histories and the Temporal UI show "Encoded failure".
const { DefaultFailureConverter } = require('@temporalio/common');

exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
