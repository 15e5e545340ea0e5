/// Reads a ``ByteSource`` in fixed-size chunks through one reused buffer and delivers its text as
/// UTF-8, whatever the input's encoding: the byte-order mark is read and dropped, UTF-16 is
/// converted on the fly.
struct DecodedInput {
    private let source: any ByteSource
    private var chunk: [UInt8]
    private var carried: [UInt8] = []
    private var transcoder: UTF16Transcoder?
    private var atEnd = false
    private(set) var encoding: CSVEncoding = .utf8
    /// The reason of a read failure not yet reported; reading stops at the first one.
    private(set) var pendingError: String?

    init(source: any ByteSource, chunkSize: Int) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.source = source
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Reads the first bytes (at least three, unless the input is shorter) and decides the encoding.
    mutating func detectEncoding() {
        var head: [UInt8] = []
        while head.count < 3, let bytes = readRaw() { head += bytes }
        let (encoding, markLength) = CSVEncoding.detect(head)
        self.encoding = encoding
        switch encoding {
        case .utf16LE: transcoder = UTF16Transcoder(bigEndian: false)
        case .utf16BE: transcoder = UTF16Transcoder(bigEndian: true)
        case .utf8, .utf8BOM: break
        }
        carried = Array(head.dropFirst(markLength))
    }

    /// Appends the next piece of UTF-8 to `output`; returns false, appending nothing, at the end.
    mutating func read(appendingTo output: inout [UInt8]) -> Bool {
        let before = output.count
        while output.count == before {
            if !carried.isEmpty {
                let bytes = carried
                carried = []
                deliver(bytes[...], into: &output)
            } else if let bytes = readRaw() {
                deliver(bytes, into: &output)
            } else {
                transcoder?.finish(into: &output)
                return output.count > before
            }
        }
        return true
    }

    /// Takes the read failure to report, if there is one.
    mutating func takeError() -> String? {
        defer { pendingError = nil }
        return pendingError
    }

    private mutating func deliver(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) {
        if transcoder == nil {
            output.append(contentsOf: bytes)
        } else {
            transcoder!.transcode(bytes, into: &output)
        }
    }

    /// The next raw chunk, or nil at the end of input or after a read failure.
    private mutating func readRaw() -> ArraySlice<UInt8>? {
        guard !atEnd else { return nil }
        let result = chunk.withUnsafeMutableBytes { buffer in
            Result { () throws(ByteSourceError) in try source.read(into: buffer) }
        }
        switch result {
        case .success(let count) where count > 0: return chunk[..<count]
        case .success: break
        case .failure(let error): pendingError = error.reason
        }
        atEnd = true
        return nil
    }
}
