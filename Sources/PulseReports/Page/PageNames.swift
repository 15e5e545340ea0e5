/// File names for pages: a slug of each id (never the raw id), unique within one folder.
///
/// A slug keeps ASCII letters and digits (lower-cased) and turns every other run of characters into one
/// "-"; an id with nothing left becomes "group". Ids are taken in sorted order, and a slug already taken
/// (or reserved, e.g. "index", or a Windows device name such as "con" or "com1", which Windows cannot
/// create as a file) gets "-2", "-3", … so the same ids always get the same names.
///
///     let names = PageNames(ids: ["S 1", "s-1", "Ä"], reserved: ["index"])
///     names["S 1"]  // "s-1"
///     names["s-1"]  // "s-1-2"
///     names["Ä"]    // "group"
public struct PageNames: Hashable, Sendable {
    private var names: [String: String] = [:]

    public init(ids: [String], reserved: Set<String> = ["index"]) {
        var taken = reserved.union(Self.deviceNames)
        for id in Set(ids).sorted() {
            let base = Self.slug(id)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            names[id] = name
        }
    }

    /// Names Windows reserves for devices, whatever the extension (`con.html` cannot be created there).
    static let deviceNames: Set<String> = Set(["con", "prn", "aux", "nul"])
        .union((0...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// The file name stem of an id given at init.
    public subscript(id: String) -> String {
        guard let name = names[id] else { preconditionFailure("no page name for id \(id)") }
        return name
    }

    /// The slug of a text: lower-case ASCII letters and digits joined by single hyphens.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "group" : String(out.prefix(80))
    }
}
