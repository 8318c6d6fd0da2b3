//! Speaker colours, shared by every view so that a speaker has one colour everywhere.
//!
//! Twelve colours from Paul Tol's qualitative schemes (bright, vibrant, muted and light;
//! <https://personal.sron.nl/~pault/>), chosen and ordered so that the first ones are the most
//! distinct. Each has two forms of the same hue: one lightened until it reads on a black
//! background (contrast at least 4.5:1), one darkened until it reads on a white background (at
//! least 3:1, as statements are bold or italic). Simulated for protanopia, deuteranopia and
//! tritanopia (Machado et al. 2009, full severity), any two of the twelve stay at least ΔE 8 apart
//! in both forms, the first eight at least ΔE 10; the tests below check it. Colour is never the
//! only signal: every statement also carries its speaker's tag in the margin.

/// For a dark background (the dark theme and `--plain`).
pub const SPEAKER_RGB: [(u8, u8, u8); 12] = [
    (177, 85, 133),  // bright purple #AA3377
    (187, 204, 51),  // light pear #BBCC33
    (51, 187, 238),  // vibrant cyan #33BBEE
    (67, 131, 81),   // muted green #117733, lightened
    (255, 170, 187), // light pink #FFAABB
    (25, 121, 188),  // vibrant blue #0077BB, lightened
    (238, 136, 102), // light orange #EE8866
    (153, 221, 255), // light cyan #99DDFF
    (116, 111, 161), // muted indigo #332288, lightened
    (206, 70, 53),   // vibrant red #CC3311, lightened
    (238, 51, 119),  // vibrant magenta #EE3377
    (238, 102, 119), // bright red #EE6677
];

/// The same hues for a light background (the light theme).
pub const SPEAKER_RGB_LIGHT: [(u8, u8, u8); 12] = [
    (170, 51, 119),  // bright purple
    (143, 156, 37),  // light pear, darkened
    (42, 160, 204),  // vibrant cyan, darkened
    (17, 119, 51),   // muted green
    (196, 130, 143), // light pink, darkened
    (0, 119, 187),   // vibrant blue
    (217, 124, 93),  // light orange, darkened
    (106, 155, 180), // light cyan, darkened
    (51, 34, 136),   // muted indigo
    (204, 51, 17),   // vibrant red
    (238, 51, 119),  // vibrant magenta
    (238, 102, 119), // bright red
];

/// xterm-256 colours near `SPEAKER_RGB`, for terminals without true colour. The nearest ones
/// fall together for colour-blind readers (the 6×6×6 cube is coarse), so each is chosen among
/// the cube colours near its hue to keep the twelve as far apart, as seen with each colour
/// vision, as the true colours; the tests check the same bounds.
pub const SPEAKER_ANSI256: [u8; 12] = [132, 185, 74, 65, 217, 68, 209, 153, 103, 166, 197, 204];

/// The same for `SPEAKER_RGB_LIGHT`.
pub const SPEAKER_ANSI256_LIGHT: [u8; 12] = [89, 136, 32, 22, 139, 25, 167, 102, 17, 124, 161, 125];

/// The colour slot of the n-th speaker (by how much they say).
pub fn slot(rank: usize) -> usize {
    rank % SPEAKER_RGB.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Linear RGB as a person with this colour vision sees it (Machado, Oliveira & Fernandes 2009,
    /// severity 1.0), then CIELAB.
    fn lab_as_seen(rgb: (u8, u8, u8), matrix: Option<&[[f64; 3]; 3]>) -> [f64; 3] {
        let v = [linear(rgb.0), linear(rgb.1), linear(rgb.2)];
        let v = match matrix {
            None => v,
            Some(m) => [0, 1, 2]
                .map(|i| (m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]).clamp(0.0, 1.0)),
        };
        let x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
        let y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        let z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    const PROTAN: [[f64; 3]; 3] = [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ];
    const DEUTAN: [[f64; 3]; 3] = [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ];
    const TRITAN: [[f64; 3]; 3] = [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ];

    fn closest_pair(colours: &[(u8, u8, u8)]) -> f64 {
        let mut min = f64::MAX;
        for m in [None, Some(&PROTAN), Some(&DEUTAN), Some(&TRITAN)] {
            for (i, a) in colours.iter().enumerate() {
                for b in &colours[i + 1..] {
                    let (p, q) = (lab_as_seen(*a, m), lab_as_seen(*b, m));
                    let d = ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2))
                        .sqrt();
                    min = min.min(d);
                }
            }
        }
        min
    }

    #[test]
    fn every_colour_reads_on_its_background() {
        for c in SPEAKER_RGB {
            assert!(contrast(c, (0, 0, 0)) >= 4.5, "{c:?} on black");
        }
        for c in SPEAKER_RGB_LIGHT {
            assert!(contrast(c, (255, 255, 255)) >= 3.0, "{c:?} on white");
        }
    }

    #[test]
    fn colours_stay_apart_for_colour_blind_readers() {
        for colours in [SPEAKER_RGB, SPEAKER_RGB_LIGHT] {
            assert!(closest_pair(&colours) >= 8.0, "{colours:?}");
            assert!(closest_pair(&colours[..8]) >= 10.0, "{colours:?}");
        }
    }

    /// The RGB of an xterm-256 colour of the 6×6×6 cube.
    fn xterm(i: u8) -> (u8, u8, u8) {
        assert!((16..232).contains(&i), "{i} is not in the colour cube");
        let level = |n: u8| [0, 95, 135, 175, 215, 255][usize::from(n)];
        let i = i - 16;
        (level(i / 36), level(i / 6 % 6), level(i % 6))
    }

    #[test]
    fn the_256_colour_fallbacks_keep_the_same_bounds() {
        for (table, background, least) in [
            (SPEAKER_ANSI256, (0, 0, 0), 4.5),
            (SPEAKER_ANSI256_LIGHT, (255, 255, 255), 3.0),
        ] {
            let colours: Vec<(u8, u8, u8)> = table.iter().map(|i| xterm(*i)).collect();
            for c in &colours {
                assert!(contrast(*c, background) >= least, "{c:?} on {background:?}");
            }
            assert!(closest_pair(&colours) >= 8.0, "{table:?}");
            assert!(closest_pair(&colours[..8]) >= 10.0, "{table:?}");
        }
    }

    #[test]
    fn the_256_colour_fallbacks_are_twelve_colours() {
        for table in [SPEAKER_ANSI256, SPEAKER_ANSI256_LIGHT] {
            let mut seen = table.to_vec();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), 12, "{table:?}");
        }
    }
}
