/// Where one field of a record lies in the scanned buffer: `start..<end`, quotes excluded. `escaped` is
/// true when the quoted field holds a doubled quote (its bytes are then not the field's text).
struct FieldSpan {
    var start = 0
    var end = 0
    var escaped = false

    var count: Int { end - start }
}
