#if arch(x86_64) && !PULSE_NO_INTRINSICS
    import _Builtin_intrinsics.intel
#endif

/// The lanes of a comparison of sixteen bytes as the bits of an integer: bit `k` is lane `k`. The fast
/// path's searches compare sixteen bytes at once and then want the first match (`trailingZeroBitCount`)
/// or the rest of the matches after a position (a shift), with no branch per half.
///
/// On x86-64 it is one instruction (`pmovmskb`); elsewhere, or built with `-DPULSE_NO_INTRINSICS`, the
/// same bits come from `portableBits` (tested against each other).
///
///     let line = SIMD16<UInt8>(Array("ab,cd,ef,gh,ij,k".utf8))
///     ByteMask.bits(line .== SIMD16(repeating: UInt8(ascii: ",")))   // 0b0100_1001_0010_0100
enum ByteMask {
    /// Bit `k` set when lane `k` is true (bits 16 and up clear).
    @inline(__always)
    static func bits(_ lanes: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        #if arch(x86_64) && !PULSE_NO_INTRINSICS
            // A true lane is -1 (its top bit set), a false one 0.
            return UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(lanes, to: __m128i.self)))
        #else
            return portableBits(lanes)
        #endif
    }

    /// `bits` with plain vector arithmetic: each true lane becomes its own bit of its byte (`1 << (k % 8)`),
    /// and a multiply adds the eight bytes of each half (distinct bits: no carry) into its top byte.
    @inline(__always)
    static func portableBits(_ lanes: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
        let picked = SIMD16<UInt8>(repeating: 0).replacing(with: weights, where: lanes)
        let halves = unsafeBitCast(picked, to: SIMD2<UInt64>.self)  // lane k in byte k (little-endian)
        let sum: UInt64 = 0x0101_0101_0101_0101
        return UInt32(truncatingIfNeeded: (halves[0] &* sum) >> 56 | ((halves[1] &* sum) >> 56) << 8)
    }
}
