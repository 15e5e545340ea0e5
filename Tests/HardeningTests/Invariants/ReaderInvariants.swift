@testable import CSV

/// What must hold when `CSVReader` reads any bytes (the `csv` fuzz target and its regression inputs).
///
/// `control` picks a field limit (tiny limits reach the cut-field and too-long-to-re-read paths) and a
/// chunk size. Invariants: no trap; records start on increasing lines and their fields on non-decreasing
/// lines; no field is longer than the limit; an accepted record's fields are valid UTF-8 without NUL; a
/// record is rejected exactly when it has an error; the records do not depend on the chunk size.
enum ReaderInvariants {
    static func check(_ input: [UInt8], control: UInt8, _ fail: InvariantFailure) {
        let limits = [1, 2, 3, 5, 8, 64, 16 << 20]
        let limit = limits[Int(control & 0x07) % limits.count]
        let chunkSize = [1, 2, 7, 256 << 10][Int(control >> 3) & 0x03]
        let whole = records(CSVReader(bytes: input, maximumFieldBytes: limit), limit: limit, fail)
        let chunked = records(
            CSVReader(bytes: input, maximumFieldBytes: limit, chunkSize: chunkSize), limit: limit, fail)
        expect(whole == chunked, "records depend on the chunk size \(chunkSize) (limit \(limit))", fail)
    }

    /// One record as compared between readings.
    private struct Seen: Equatable {
        var line: Int
        var fields: [String]
        var issues: [CSVIssue]
    }

    private static func records(_ reader: CSVReader, limit: Int, _ fail: InvariantFailure) -> [Seen] {
        var seen: [Seen] = []
        var previousLine = 0
        while let record = reader.next() {
            expect(record.line > previousLine, "record line \(record.line) after \(previousLine)", fail)
            previousLine = record.line
            var fieldLine = record.line
            for i in 0..<record.count {
                let (line, column) = record.position(i)
                expect(line >= fieldLine, "field \(i) starts on line \(line) before \(fieldLine)", fail)
                expect(column == i + 1, "field \(i) has column \(column)", fail)
                expect(record.byteCount(i) <= limit, "field \(i) has \(record.byteCount(i)) bytes > \(limit)", fail)
                if !record.isRejected {
                    let valid = record.withBytes(i) { String(validating: $0, as: UTF8.self) }
                    expect(valid != nil, "an accepted record holds invalid UTF-8 in field \(i)", fail)
                    expect(
                        !record.withBytes(i) { $0.contains(0) }, "an accepted record holds a NUL in field \(i)", fail)
                }
                fieldLine = line
            }
            let hasError = record.issues.contains { $0.severity == .error }
            expect(record.isRejected == hasError, "isRejected disagrees with the issues", fail)
            for issue in record.issues {
                expect(
                    issue.line >= record.line, "issue on line \(issue.line) before its record (\(record.line))", fail)
            }
            seen.append(Seen(line: record.line, fields: record.strings, issues: record.issues))
        }
        expect(reader.next() == nil, "a record after the end", fail)
        expect(reader.physicalLines >= previousLine, "physicalLines \(reader.physicalLines) < \(previousLine)", fail)
        return seen
    }
}
