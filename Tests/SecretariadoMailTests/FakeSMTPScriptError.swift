/// The client said something the script did not expect.
struct FakeSMTPScriptError: Error, CustomStringConvertible {
    let description: String
}
