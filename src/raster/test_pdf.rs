//! One-page PDFs for the raster module's unit tests.

use lopdf::{dictionary, Dictionary, Document, Object, Stream};

/// Saves `doc` with one A4 page drawing `content` with `resources` (objects the resources
/// refer to are added to `doc` by the caller).
pub(crate) fn one_page_pdf(mut doc: Document, resources: Dictionary, content: &[u8]) -> Vec<u8> {
    let content = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let pages = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => resources,
    });
    let tree = dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 };
    doc.objects.insert(pages, Object::Dictionary(tree));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("PDF into memory");
    out
}
