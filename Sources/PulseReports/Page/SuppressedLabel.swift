import Markup
import PulseStats

/// What a page shows in place of a hidden figure: "fewer than N responses", styled as a note.
///
///     SuppressedLabel.node(why)   // <span class="suppressed">fewer than 5 responses</span>
public enum SuppressedLabel {
    public static func node(_ why: Suppression) -> Node { .span(class: "suppressed", why.label) }

    /// A table cell holding the label.
    public static func cell(_ why: Suppression) -> Node { .td(class: "suppressed", why.label) }
}
