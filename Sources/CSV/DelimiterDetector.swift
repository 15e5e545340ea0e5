/// Chooses the delimiter of a CSV text from its header line: whichever of `,` `;` and tab occurs
/// most often outside quotes. Ties and a header without any of them give the comma; between `;`
/// and tab alone, `;` wins a tie.
///
///     var detector = DelimiterDetector()
///     detector.feed(Array("id;name;\"a,b\"\n".utf8)[...])
///     detector.delimiter   // ";"
///
/// Blank lines before the header are passed over. Bytes can be fed in pieces of any size.
struct DelimiterDetector {
    private var commas = 0
    private var semicolons = 0
    private var tabs = 0
    private var inQuotes = false
    private var sawText = false
    /// True once the header line has ended; later bytes are ignored.
    private(set) var isComplete = false

    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if isComplete { return }  // the rest of the chunk (a quarter of a MiB) is not looked at
            switch byte {
            case .quote: inQuotes.toggle()
            case .lineFeed, .carriageReturn: isComplete = sawText && !inQuotes
            case .comma where !inQuotes: commas += 1
            case .semicolon where !inQuotes: semicolons += 1
            case .tab where !inQuotes: tabs += 1
            default: break
            }
            if byte != .lineFeed && byte != .carriageReturn { sawText = true }
        }
    }

    /// The chosen delimiter for what has been fed so far.
    var delimiter: UInt8 {
        if commas >= semicolons && commas >= tabs { return .comma }
        return semicolons >= tabs ? .semicolon : .tab
    }
}
