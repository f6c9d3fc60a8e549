//! Running a page's content stream far enough to know where each glyph lands: the graphics
//! state (`q`/`Q`/`cm`), the text state and matrices (ISO 32000-1, 9.3–9.4), text-showing
//! operators and form XObjects. Nothing is drawn.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{Font, GlyphText, ShownGlyph};

/// An affine matrix `[a b c d e f]` as PDF writes them (row vectors: p' = p × M).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Matrix([f32; 6]);

impl Matrix {
    pub(super) const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translate(tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }

    /// `self × other`: first `self`, then `other`.
    fn then(&self, other: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (x * a + y * c + e, x * b + y * d + f)
    }

    fn of(operands: &[Object]) -> Option<Matrix> {
        if operands.len() < 6 {
            return None;
        }
        let mut m = [0.0f32; 6];
        for (slot, o) in m.iter_mut().zip(operands) {
            *slot = num(o)?;
        }
        m.iter().all(|v| v.is_finite()).then_some(Matrix(m))
    }
}

fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// A glyph as placed on the page, in user space (points, y up).
pub(super) struct Placed {
    pub start: (f32, f32),
    pub end: (f32, f32),
    /// Unit vector along the baseline.
    pub dir: (f32, f32),
    /// Font size in user space.
    pub size: f32,
    pub text: GlyphText,
    pub is_space: bool,
}

/// Bounds on the work one page may cause.
#[derive(Debug, Clone, Copy)]
pub(super) struct Budget {
    /// Largest decompressed content stream, font CMap or form.
    pub stream_bytes: usize,
    /// Operators run per page (forms included).
    pub operations: usize,
    /// Glyphs kept per page.
    pub glyphs: usize,
}

const MAX_FORM_DEPTH: usize = 8;

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    h_scale: f32,
    leading: f32,
    rise: f32,
}

#[derive(Clone)]
struct GraphicsState {
    ctm: Matrix,
    text: TextState,
}

/// Fonts already read, shared by the pages of a document.
#[derive(Default)]
pub(super) struct FontCache {
    by_id: HashMap<FontKey, Rc<Font>>,
}

/// A font object, or the address of a font dictionary written directly into resources (the
/// document is borrowed, unchanged, for as long as the cache lives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum FontKey {
    Object(ObjectId),
    Direct(usize),
}

pub(super) struct Interpreter<'a> {
    doc: &'a Document,
    budget: Budget,
    fonts: &'a mut FontCache,
    operations_left: usize,
    forms: Vec<ObjectId>,
    pub glyphs: Vec<Placed>,
    shown: Vec<ShownGlyph>,
}

/// The resource dictionaries in force, nearest first.
type Resources<'a> = Vec<&'a Dictionary>;

impl<'a> Interpreter<'a> {
    pub(super) fn new(doc: &'a Document, fonts: &'a mut FontCache, budget: Budget) -> Self {
        Interpreter {
            doc,
            budget,
            fonts,
            operations_left: budget.operations,
            forms: Vec::new(),
            glyphs: Vec::new(),
            shown: Vec::new(),
        }
    }

    /// Runs the content of page `page`.
    pub(super) fn page(&mut self, page: ObjectId) {
        let Ok(content) = self
            .doc
            .get_page_content_with_limit(page, self.budget.stream_bytes)
        else {
            return;
        };
        let resources = match self.doc.get_page_resources(page) {
            Ok((own, inherited)) => own
                .into_iter()
                .chain(
                    inherited
                        .into_iter()
                        .filter_map(|id| self.doc.get_dictionary(id).ok()),
                )
                .collect(),
            Err(_) => Vec::new(),
        };
        let state = GraphicsState {
            ctm: Matrix::IDENTITY,
            text: TextState {
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                h_scale: 1.0,
                leading: 0.0,
                rise: 0.0,
            },
        };
        self.run(&content, &resources, state);
    }

    fn deref(&self, o: &'a Object) -> &'a Object {
        self.doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
    }

    /// A named resource of `category` (`Font`, `XObject`), and its object id if it has one.
    fn resource(
        &self,
        resources: &Resources<'a>,
        category: &[u8],
        name: &[u8],
    ) -> Option<(Option<ObjectId>, &'a Object)> {
        resources.iter().find_map(|r| {
            let dict = self.deref(r.get(category).ok()?).as_dict().ok()?;
            let entry = dict.get(name).ok()?;
            let id = entry.as_reference().ok();
            Some((id, self.deref(entry)))
        })
    }

    fn font(&mut self, resources: &Resources<'a>, name: &[u8]) -> Option<Rc<Font>> {
        let (id, obj) = self.resource(resources, b"Font", name)?;
        let dict = obj.as_dict().ok()?;
        // A font written into the resources (no object of its own) is known by where it is
        // in the document, which does not change while its pages are read.
        let key = match id {
            Some(id) => FontKey::Object(id),
            None => FontKey::Direct(std::ptr::from_ref(dict) as usize),
        };
        if let Some(font) = self.fonts.by_id.get(&key) {
            return Some(Rc::clone(font));
        }
        let font = Rc::new(Font::load(self.doc, dict, self.budget.stream_bytes));
        self.fonts.by_id.insert(key, Rc::clone(&font));
        Some(font)
    }

    fn run(&mut self, content: &[u8], resources: &Resources<'a>, mut gs: GraphicsState) {
        let Ok(content) = Content::decode(content) else {
            return;
        };
        let mut stack: Vec<GraphicsState> = Vec::new();
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        for op in &content.operations {
            if self.operations_left == 0 || self.glyphs.len() >= self.budget.glyphs {
                return;
            }
            self.operations_left -= 1;
            let args = &op.operands;
            let n = |i: usize| args.get(i).and_then(num);
            match op.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        gs = saved;
                    }
                }
                "cm" => {
                    if let Some(m) = Matrix::of(args) {
                        gs.ctm = m.then(&gs.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    if let (Some(name), Some(size)) =
                        (args.first().and_then(|o| o.as_name().ok()), n(1))
                    {
                        gs.text.font = self.font(resources, name);
                        gs.text.size = size;
                    }
                }
                "Tc" => gs.text.char_spacing = n(0).unwrap_or(0.0),
                "Tw" => gs.text.word_spacing = n(0).unwrap_or(0.0),
                "Tz" => gs.text.h_scale = n(0).unwrap_or(100.0) / 100.0,
                "TL" => gs.text.leading = n(0).unwrap_or(0.0),
                "Ts" => gs.text.rise = n(0).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (tx, ty) = (n(0).unwrap_or(0.0), n(1).unwrap_or(0.0));
                    if op.operator == "TD" {
                        gs.text.leading = -ty;
                    }
                    tlm = Matrix::translate(tx, ty).then(&tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::of(args) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -gs.text.leading).then(&tlm);
                    tm = tlm;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = args.first() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "'" | "\"" => {
                    if op.operator == "\"" {
                        gs.text.word_spacing = n(0).unwrap_or(0.0);
                        gs.text.char_spacing = n(1).unwrap_or(0.0);
                    }
                    tlm = Matrix::translate(0.0, -gs.text.leading).then(&tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = args.last() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = args.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm),
                                other => {
                                    if let Some(k) = num(other) {
                                        let tx = -k / 1000.0 * gs.text.size * gs.text.h_scale;
                                        tm = Matrix::translate(tx, 0.0).then(&tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "Do" => {
                    if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                        self.form(resources, name, &gs);
                    }
                }
                _ => {}
            }
        }
    }

    /// Runs a form XObject (`Do`), bounded in depth and never recursing into itself.
    fn form(&mut self, resources: &Resources<'a>, name: &[u8], gs: &GraphicsState) {
        if self.forms.len() >= MAX_FORM_DEPTH {
            return;
        }
        let Some((Some(id), Object::Stream(stream))) = self.resource(resources, b"XObject", name)
        else {
            return;
        };
        if self.forms.contains(&id)
            || stream.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() != Some(b"Form")
        {
            return;
        }
        let Ok(content) = stream.get_plain_content_with_limit(self.budget.stream_bytes) else {
            return;
        };
        self.run_form(id, &content, stream, resources, gs);
    }

    fn run_form(
        &mut self,
        id: ObjectId,
        content: &[u8],
        stream: &'a lopdf::Stream,
        outer: &Resources<'a>,
        gs: &GraphicsState,
    ) {
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .map(|o| self.deref(o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| Matrix::of(a))
            .unwrap_or(Matrix::IDENTITY);
        let resources: Resources<'a> = match stream
            .dict
            .get(b"Resources")
            .ok()
            .map(|o| self.deref(o))
            .and_then(|o| o.as_dict().ok())
        {
            Some(own) => std::iter::once(own).chain(outer.iter().copied()).collect(),
            None => outer.clone(),
        };
        let mut inner = gs.clone();
        inner.ctm = matrix.then(&gs.ctm);
        self.forms.push(id);
        self.run(content, &resources, inner);
        self.forms.pop();
    }

    /// Places the glyphs of one string and moves the text matrix past them.
    fn show(&mut self, bytes: &[u8], gs: &GraphicsState, tm: &mut Matrix) {
        let Some(font) = gs.text.font.clone() else {
            return;
        };
        let t = &gs.text;
        // One buffer for all strings of the page (taken and put back: `self` is borrowed
        // below); a new one per string grew from nothing each time.
        let mut shown = std::mem::take(&mut self.shown);
        shown.clear();
        font.glyphs(bytes, &mut shown);
        for g in shown.drain(..) {
            let to_user = tm.then(&gs.ctm);
            let width = g.advance * t.size * t.h_scale;
            let start = to_user.apply(0.0, t.rise);
            let end = to_user.apply(width, t.rise);
            let [a, b, c, d, ..] = to_user.0;
            let len = (a * a + b * b).sqrt();
            let size = (c * c + d * d).sqrt() * t.size.abs();
            if len > 0.0 && size.is_finite() && start.0.is_finite() && start.1.is_finite() {
                let is_space =
                    g.is_space_code || matches!(&g.text, GlyphText::Char(ch) if ch.is_whitespace());
                self.glyphs.push(Placed {
                    start,
                    end,
                    dir: (a / len, b / len),
                    size,
                    text: g.text,
                    is_space,
                });
            }
            let spacing = t.char_spacing + if g.is_space_code { t.word_spacing } else { 0.0 };
            let tx = (g.advance * t.size + spacing) * t.h_scale;
            *tm = Matrix::translate(tx, 0.0).then(tm);
        }
        self.shown = shown;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let shift = Matrix::translate(10.0, 5.0);
        // First scale, then shift.
        assert_eq!(scale.then(&shift).apply(1.0, 1.0), (12.0, 7.0));
        assert_eq!(shift.then(&scale).apply(1.0, 1.0), (22.0, 12.0));
    }
}
