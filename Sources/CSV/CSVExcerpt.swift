/// Some records of a larger input, each at its own line, for reading again only the records that need a
/// closer look: the reader sees each piece's bytes after as many blank lines as the input has line
/// breaks before it, and blank lines are not records, so its records, issues and positions are the ones
/// it reads in the whole input.
///
/// Each piece must start where the whole input's reader would start a record (the first piece: the start
/// of the input, with the header), and the bytes between pieces must be whole records or blank lines.
///
///     let excerpt = CSVExcerpt(pieces: [
///         .init(lineBreaksBefore: 0, bytes: Array("id,score\n".utf8)),
///         .init(lineBreaksBefore: 4_999, bytes: Array("r5000,x\n".utf8)),   // read as line 5,001
///     ])
///     let reader = CSVReader(excerpt: excerpt)
public struct CSVExcerpt: Sendable {
    public struct Piece: Sendable {
        /// The line breaks of the whole input between the previous piece's end and this piece's start.
        public var lineBreaksBefore: Int
        public var bytes: [UInt8]

        public init(lineBreaksBefore: Int, bytes: [UInt8]) {
            precondition(lineBreaksBefore >= 0, "a piece cannot start before the previous one ends")
            self.lineBreaksBefore = lineBreaksBefore
            self.bytes = bytes
        }
    }

    public var pieces: [Piece]

    public init(pieces: [Piece]) { self.pieces = pieces }
}

/// The bytes of a `CSVExcerpt`: each piece after its run of line breaks, made as they are read. The
/// breaks are CRs: an LF after a piece that ends with a lone CR would make one CRLF of two breaks, and a
/// piece never starts with an LF (a record does not).
final class ExcerptByteSource: ByteSource {
    private let pieces: [CSVExcerpt.Piece]
    private var piece = 0
    /// Line breaks still to give before `pieces[piece]`, then its bytes already given.
    private var feedsLeft: Int
    private var given = 0

    init(_ excerpt: CSVExcerpt) {
        pieces = excerpt.pieces
        feedsLeft = pieces.first?.lineBreaksBefore ?? 0
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < buffer.count && piece < pieces.count {
            if feedsLeft > 0 {
                let count = min(feedsLeft, buffer.count - filled)
                (buffer.baseAddress! + filled).initializeMemory(
                    as: UInt8.self, repeating: .carriageReturn, count: count)
                (filled, feedsLeft) = (filled + count, feedsLeft - count)
                continue
            }
            let bytes = pieces[piece].bytes
            let count = min(bytes.count - given, buffer.count - filled)
            if count > 0 {
                bytes.withUnsafeBytes { source in
                    (buffer.baseAddress! + filled).copyMemory(from: source.baseAddress! + given, byteCount: count)
                }
            }
            (filled, given) = (filled + count, given + count)
            if given == bytes.count {
                piece += 1
                given = 0
                feedsLeft = piece < pieces.count ? pieces[piece].lineBreaksBefore : 0
            }
        }
        return filled
    }
}

extension CSVReader {
    /// Reads the records of an excerpt at their lines in the whole input (see `CSVExcerpt`).
    public convenience init(excerpt: CSVExcerpt, delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20) {
        self.init(
            source: ExcerptByteSource(excerpt), delimiter: delimiter, maximumFieldBytes: maximumFieldBytes,
            chunkSize: 256 << 10)
    }
}
