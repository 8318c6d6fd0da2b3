//! Speaker colours, shared by every view so that a speaker has one colour everywhere.

/// Distinct, readable on dark and light backgrounds; from the Okabe–Ito and Tableau sets, which
/// stay distinguishable for most colour-blind readers. Colour is never the only signal.
pub const SPEAKER_RGB: [(u8, u8, u8); 8] = [
    (230, 159, 0),   // orange
    (86, 180, 233),  // sky blue
    (0, 170, 120),   // bluish green
    (204, 121, 167), // reddish purple
    (240, 228, 66),  // yellow
    (0, 114, 178),   // blue
    (213, 94, 0),    // vermillion
    (160, 160, 255), // lavender
];

/// The nearest xterm-256 indices of `SPEAKER_RGB`, for terminals without true colour.
pub const SPEAKER_ANSI256: [u8; 8] = [214, 117, 36, 175, 227, 25, 166, 147];

/// The colour slot of the n-th speaker (by how much they say).
pub fn slot(rank: usize) -> usize {
    rank % SPEAKER_RGB.len()
}
