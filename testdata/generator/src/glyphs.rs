//! Rasterising text lines straight into a skewed page image.
//!
//! Rather than drawing upright text and rotating the whole 8.7-megapixel page afterwards (slow in
//! an unoptimised build and blurring), every glyph outline is transformed by the page rotation
//! and rasterised in place. The result equals "rotate about the centre, fill with white": content
//! moves, the background stays paper-white everywhere.

use crate::fonts::{fonts, units_to_pt};
use crate::layout::{PlacedLine, Rule};
use ab_glyph::{Font, GlyphId, OutlineCurve, Point};
use ab_glyph_rasterizer::{point, Rasterizer};
use image::GrayImage;

/// Grey value of toner; slightly lighter than pure black like a real scan.
const INK: f32 = 20.0;

/// Maps page coordinates in points (origin top-left, y down) to pixels of the skewed image.
pub(crate) struct PageTransform {
    px_per_pt: f32,
    centre: (f32, f32),
    cos: f32,
    sin: f32,
}

impl PageTransform {
    /// A transform for an image of `width`×`height` pixels at `dpi`, rotated by `skew_degrees`
    /// about the image centre (positive = clockwise as displayed).
    pub(crate) fn new(width: u32, height: u32, dpi: u32, skew_degrees: f32) -> PageTransform {
        let angle = skew_degrees.to_radians();
        PageTransform {
            px_per_pt: dpi as f32 / 72.0,
            centre: (width as f32 / 2.0, height as f32 / 2.0),
            cos: angle.cos(),
            sin: angle.sin(),
        }
    }

    /// Pixel position of a point given in page points.
    fn apply(&self, x_pt: f32, y_pt: f32) -> Point {
        let (cx, cy) = self.centre;
        let (dx, dy) = (x_pt * self.px_per_pt - cx, y_pt * self.px_per_pt - cy);
        point(
            cx + dx * self.cos - dy * self.sin,
            cy + dx * self.sin + dy * self.cos,
        )
    }
}

/// Draws one laid-out line of text into `image`.
pub(crate) fn draw_line(image: &mut GrayImage, transform: &PageTransform, line: &PlacedLine) {
    let font = fonts().get(line.face);
    let scale = units_to_pt(font, line.size);
    let mut pen = line.x;
    let mut previous: Option<GlyphId> = None;
    for c in line.text.chars() {
        let id = font.glyph_id(c);
        if let Some(prev) = previous {
            pen += font.kern_unscaled(prev, id) * scale;
        }
        if let Some(outline) = font.outline(id) {
            // Font units are y-up; the page is y-down.
            let to_px = |p: Point| transform.apply(pen + p.x * scale, line.baseline - p.y * scale);
            draw_outline(image, &outline.curves, to_px);
        }
        pen += font.h_advance_unscaled(id) * scale;
        previous = Some(id);
    }
}

/// Draws a ruled line (a filled rectangle in page points) into `image`, skewed like the text.
pub(crate) fn draw_rule(image: &mut GrayImage, transform: &PageTransform, rule: &Rule) {
    let corners = [
        (rule.x0, rule.y0),
        (rule.x1, rule.y0),
        (rule.x1, rule.y1),
        (rule.x0, rule.y1),
    ];
    let curves: Vec<OutlineCurve> = (0..4)
        .map(|i| {
            let (a, b) = (corners[i], corners[(i + 1) % 4]);
            OutlineCurve::Line(point(a.0, a.1), point(b.0, b.1))
        })
        .collect();
    draw_outline(image, &curves, |p| transform.apply(p.x, p.y));
}

/// Rasterises one glyph outline (already mapped to pixels by `to_px`) and darkens the image.
fn draw_outline(image: &mut GrayImage, curves: &[OutlineCurve], to_px: impl Fn(Point) -> Point) {
    let mapped: Vec<OutlineCurve> = curves
        .iter()
        .map(|curve| match *curve {
            OutlineCurve::Line(a, b) => OutlineCurve::Line(to_px(a), to_px(b)),
            OutlineCurve::Quad(a, b, c) => OutlineCurve::Quad(to_px(a), to_px(b), to_px(c)),
            OutlineCurve::Cubic(a, b, c, d) => {
                OutlineCurve::Cubic(to_px(a), to_px(b), to_px(c), to_px(d))
            }
        })
        .collect();
    // Control points bound the curves, so their box bounds the glyph.
    let (mut min, mut max) = (point(f32::MAX, f32::MAX), point(f32::MIN, f32::MIN));
    for p in mapped.iter().flat_map(curve_points) {
        min = point(min.x.min(p.x), min.y.min(p.y));
        max = point(max.x.max(p.x), max.y.max(p.y));
    }
    if mapped.is_empty() {
        return;
    }
    let origin = point(min.x.floor(), min.y.floor());
    let width = (max.x.ceil() - origin.x) as usize + 1;
    let height = (max.y.ceil() - origin.y) as usize + 1;
    let mut rasterizer = Rasterizer::new(width, height);
    let local = |p: Point| point(p.x - origin.x, p.y - origin.y);
    for curve in &mapped {
        match *curve {
            OutlineCurve::Line(a, b) => rasterizer.draw_line(local(a), local(b)),
            OutlineCurve::Quad(a, b, c) => rasterizer.draw_quad(local(a), local(b), local(c)),
            OutlineCurve::Cubic(a, b, c, d) => {
                rasterizer.draw_cubic(local(a), local(b), local(c), local(d))
            }
        }
    }
    let (image_w, image_h) = (image.width() as i64, image.height() as i64);
    let (ox, oy) = (origin.x as i64, origin.y as i64);
    let pixels: &mut [u8] = image.as_mut();
    rasterizer.for_each_pixel_2d(|x, y, coverage| {
        let (px, py) = (ox + x as i64, oy + y as i64);
        if coverage <= 0.0 || px < 0 || py < 0 || px >= image_w || py >= image_h {
            return;
        }
        let value = 255.0 - coverage.min(1.0) * (255.0 - INK);
        let pixel = &mut pixels[(py * image_w + px) as usize];
        // Overlapping glyph boxes must not lighten ink that is already there.
        *pixel = (*pixel).min(value.round() as u8);
    });
}

fn curve_points(curve: &OutlineCurve) -> Vec<Point> {
    match *curve {
        OutlineCurve::Line(a, b) => vec![a, b],
        OutlineCurve::Quad(a, b, c) => vec![a, b, c],
        OutlineCurve::Cubic(a, b, c, d) => vec![a, b, c, d],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;

    fn line(text: &str) -> PlacedLine {
        PlacedLine {
            x: 10.0,
            baseline: 30.0,
            size: 11.0,
            face: Face::Regular,
            text: text.to_string(),
            blank_before: false,
        }
    }

    /// Row range (min, max) of dark pixels in a column band.
    fn dark_rows(image: &GrayImage, columns: std::ops::Range<u32>) -> (u32, u32) {
        let mut rows = (u32::MAX, 0);
        for (x, y, p) in image.enumerate_pixels() {
            if columns.contains(&x) && p.0[0] < 128 {
                rows = (rows.0.min(y), rows.1.max(y));
            }
        }
        rows
    }

    #[test]
    fn text_is_dark_on_white_at_the_right_place() {
        let mut image = GrayImage::from_pixel(400, 100, image::Luma([255]));
        draw_line(
            &mut image,
            &PageTransform::new(400, 100, 150, 0.0),
            &line("Müßiggang"),
        );
        let dark = image.pixels().filter(|p| p.0[0] < 128).count();
        assert!(dark > 300, "{dark} dark pixels");
        assert!(image.pixels().any(|p| p.0[0] <= INK as u8 + 1));
        // Baseline at 30 pt = 62.5 px at 150 dpi; nothing may hang far below it ("g" descends).
        let (top, bottom) = dark_rows(&image, 0..400);
        assert!(top > 35 && bottom < 75, "rows {top}..{bottom}");
        assert_eq!(image.get_pixel(399, 99).0[0], 255);
    }

    #[test]
    fn positive_skew_rotates_clockwise() {
        let text = "IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII";
        let mut image = GrayImage::from_pixel(600, 200, image::Luma([255]));
        draw_line(
            &mut image,
            &PageTransform::new(600, 200, 150, 3.0),
            &line(text),
        );
        // Clockwise on screen: the right end of the line sits lower than the left end.
        let left = dark_rows(&image, 20..60);
        let right = dark_rows(&image, 300..340);
        assert!(right.0 > left.0 + 5, "left {left:?} right {right:?}");
    }
}
