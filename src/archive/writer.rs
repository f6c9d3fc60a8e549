//! Writing the archive file object by object, with page images put under the text layer and
//! their data fetched only as each is written, so an archive copy of 300 pages never holds
//! more than one page image in memory.
//!
//! Image XObjects are added to the document with empty data and a private key
//! [`IMAGE_KEY`] (their index in the image list), which survives pruning and renumbering;
//! the key is dropped and the data written in its place when the object is written. Every
//! other object is serialised by lopdf ([`lopdf::Writer::write_object`]).

use std::io::{self, Write};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest, Sha256};

use super::page_image::{ArchiveImage, ImageData};
use super::ArchiveError;

/// The private dictionary key that marks an image whose data is written late.
const IMAGE_KEY: &[u8] = b"MailroomImageData";

/// Puts `images[i]` under the content of page `i` (pages in document order); returns the
/// image data, indexed as the markers say.
pub fn put_images_under(
    doc: &mut Document,
    images: Vec<Option<ArchiveImage>>,
) -> Result<Vec<ImageData>, ArchiveError> {
    let pages: Vec<ObjectId> = doc.page_iter().collect();
    let mut data = Vec::new();
    for (index, (page_id, image)) in pages.into_iter().zip(images).enumerate() {
        let Some(image) = image else { continue };
        let malformed = |problem: &str| ArchiveError::MalformedPage {
            index,
            problem: problem.to_string(),
        };
        let page = doc
            .get_dictionary(page_id)
            .map_err(|_| malformed("the page is not a dictionary"))?;
        let (width, height) = media_size(page).ok_or_else(|| malformed("no usable /MediaBox"))?;
        // A page's own copy: resources may be shared with other pages.
        let mut resources = match page.get(b"Resources") {
            Ok(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        let mut xobjects = match resources.get(b"XObject") {
            Ok(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        let mut name = b"MailroomPage".to_vec();
        while xobjects.has(&name) {
            name.push(b'X');
        }
        let contents = page.get(b"Contents").ok().cloned();

        let mut dict = image.dictionary();
        dict.set(IMAGE_KEY, Object::Integer(data.len() as i64));
        let image_id = doc.add_object(Stream::new(dict, Vec::new()).with_compression(false));
        data.push(image.data().clone());
        xobjects.set(name.clone(), Object::Reference(image_id));
        resources.set("XObject", Object::Dictionary(xobjects));
        let draw = format!(
            "q {width} 0 0 {height} 0 0 cm /{} Do Q\n",
            String::from_utf8_lossy(&name)
        );
        let draw_id = doc.add_object(Stream::new(Dictionary::new(), draw.into_bytes()));
        let mut parts = vec![Object::Reference(draw_id)];
        match contents {
            Some(Object::Array(a)) => parts.extend(a),
            Some(other) => parts.push(other),
            None => {}
        }
        let page = doc
            .get_dictionary_mut(page_id)
            .map_err(|_| malformed("the page is not a dictionary"))?;
        page.set("Resources", Object::Dictionary(resources));
        page.set("Contents", Object::Array(parts));
    }
    Ok(data)
}

/// Width and height of a page's `/MediaBox` in points.
fn media_size(page: &Dictionary) -> Option<(f32, f32)> {
    let a = page.get(b"MediaBox").ok()?.as_array().ok()?;
    let n: Vec<f32> = a
        .iter()
        .filter_map(|o| o.as_float().ok().or(o.as_i64().ok().map(|i| i as f32)))
        .collect();
    (n.len() == 4).then(|| ((n[2] - n[0]).abs(), (n[3] - n[1]).abs()))
}

/// Counts and hashes what passes through.
struct Tally<W> {
    inner: W,
    written: u64,
    hash: Sha256,
}

impl<W: Write> Write for Tally<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes `doc` (numbered 1..n, as `renumber_objects` leaves it) with a classic
/// cross-reference table. Late image data comes from `images`. The trailer's `/ID` is a
/// SHA-256 over everything before the trailer (ISO 32000-1, 14.4: any value that identifies
/// the file); both halves are equal, as for a file never updated. Returns the bytes written.
pub fn write_pdf(
    doc: &mut Document,
    images: &[ImageData],
    out: &mut dyn Write,
) -> Result<u64, ArchiveError> {
    let mut w = Tally {
        inner: io::BufWriter::with_capacity(256 << 10, out),
        written: 0,
        hash: Sha256::new(),
    };
    write!(w, "%PDF-{}\n%", doc.version)?;
    w.write_all(&doc.binary_mark)?;
    w.write_all(b"\n")?;
    let max_id = doc.objects.keys().map(|id| id.0).max().unwrap_or(0);
    let mut offsets: Vec<Option<(u64, u16)>> = vec![None; max_id as usize + 1];
    for (&(number, generation), object) in &doc.objects {
        offsets[number as usize] = Some((w.written, generation));
        writeln!(w, "{number} {generation} obj")?;
        match late_image(object) {
            Some((dict, index)) => {
                let data = images
                    .get(index)
                    .ok_or_else(|| ArchiveError::InvalidMeta(format!("no image data {index}")))?
                    .bytes()?;
                let mut dict = dict.clone();
                dict.remove(IMAGE_KEY);
                dict.set("Length", Object::Integer(data.len() as i64));
                lopdf::Writer::write_object(&mut w, &Object::Dictionary(dict))?;
                w.write_all(b"\nstream\n")?;
                w.write_all(&data)?;
                w.write_all(b"\nendstream")?;
            }
            None => lopdf::Writer::write_object(&mut w, object)?,
        }
        w.write_all(b"\nendobj\n")?;
    }
    let xref_at = w.written;
    writeln!(w, "xref\n0 {}", max_id + 1)?;
    // Entries are 20 bytes: ten digits, space, five digits, space, type, two-byte end of line.
    w.write_all(b"0000000000 65535 f\r\n")?;
    for entry in &offsets[1..] {
        match entry {
            Some((offset, generation)) => write!(w, "{offset:010} {generation:05} n\r\n")?,
            None => w.write_all(b"0000000000 00001 f\r\n")?,
        }
    }
    let digest = w.hash.clone().finalize();
    let id = Object::String(digest[..16].to_vec(), StringFormat::Hexadecimal);
    let mut trailer = doc.trailer.clone();
    trailer.set("Size", Object::Integer(i64::from(max_id) + 1));
    trailer.set("ID", Object::Array(vec![id.clone(), id]));
    doc.trailer = trailer.clone();
    w.write_all(b"trailer\n")?;
    lopdf::Writer::write_object(&mut w, &Object::Dictionary(trailer))?;
    writeln!(w, "\nstartxref\n{xref_at}\n%%EOF")?;
    w.flush()?;
    Ok(w.written)
}

fn late_image(object: &Object) -> Option<(&Dictionary, usize)> {
    let Object::Stream(stream) = object else {
        return None;
    };
    let index = stream.dict.get(IMAGE_KEY).ok()?.as_i64().ok()?;
    Some((&stream.dict, usize::try_from(index).ok()?))
}
