import PulseModel

/// The escalation ladder in words (school → cluster → area; seeds/000): who handles a challenge at each
/// level.
public enum EscalationWording {
    /// "at school level", "escalated to the cluster", "escalated to the area".
    public static func short(_ level: EscalationLevel) -> String {
        switch level {
        case .school: "at school level"
        case .cluster: "escalated to the cluster"
        case .area: "escalated to the area"
        }
    }

    /// Who takes it up at that level.
    public static func owner(_ level: EscalationLevel) -> String {
        switch level {
        case .school: "the principal and local partners"
        case .cluster: "the monthly contacts of directors and the cluster coordinator"
        case .area: "the quarterly area meetings"
        }
    }
}
