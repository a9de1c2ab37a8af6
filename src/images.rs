//! Uploaded images (organisations' logos now, event photos later), made safe in one place.
//!
//! An image file carries more than its pixels, and here that is dangerous. A photo from a phone
//! holds the GPS position where it was taken, the camera's serial number and often a thumbnail
//! of the uncropped picture; published on a campaign page, that can locate a person whom a state
//! is looking for. So nothing of the uploaded file is ever served: it is decoded to pixels and a
//! new file is written from those pixels alone. No metadata (EXIF, GPS, XMP, ICC, comments, text
//! chunks, thumbnails) can survive, and neither can bytes appended after the image — a file that
//! is both a valid JPEG and a ZIP or an HTML page (a polyglot) comes out as only a JPEG.
//!
//! Decoding is where an upload attacks the server. A header of a few bytes can claim
//! 100000×100000 pixels (40 GB of RGBA), and a PNG of 2 MiB can inflate to gigabytes, so the
//! size of the upload is checked first, then the dimensions from the header, and only then does a
//! decoder run, with `image::Limits` on what it may allocate. The format is guessed from the bytes
//! and nothing else: a file name or a declared type is what an attacker chooses, and an SVG or
//! HTML file "named" like an image is script, not a picture. Only four formats are accepted
//! (JPEG, PNG, WebP, and GIF's first frame); everything the decoders do not need is cut away
//! before they see it (PNG's ancillary chunks, whose compressed ICC profile is itself a
//! decompression bomb), and a WebP whose chunks claim more bytes than were sent is refused before
//! its decoder sizes a buffer from the claim. A decoder that panics answers `Corrupt` instead of
//! taking the server down (this needs `panic = "unwind"`, the default; a stack overflow or an
//! allocation failure still aborts, which is why the limits come first).
//!
//! The EXIF orientation is read before the metadata goes, so a portrait photo stays upright.
//! It is applied after the downscale: within a square box both orders give the same picture, and
//! turning the small image needs no second full-size buffer.
//!
//! `sanitise` is CPU-bound (up to a few hundred milliseconds in a release build, for a photo
//! at the limits): call it from
//! `tokio::task::spawn_blocking`, and bound how many run at once, since each may hold up to
//! `Limits::max_alloc` of pixels.

use std::borrow::Cow;
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::metadata::Orientation;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, RgbImage,
};

/// What an upload may be, checked before any pixel is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The size of the uploaded file.
    pub max_bytes: usize,
    pub max_width: u32,
    pub max_height: u32,
    /// Width × height: a 4096×4096 limit per side alone would still allow 16 Mpx.
    pub max_pixels: u64,
    /// What decoding one image may hold: the decoded pixels (up to 8 bytes each, for 16-bit
    /// RGBA) and, for a progressive JPEG, its coefficients.
    pub max_alloc: u64,
}

const MIB: usize = 1024 * 1024;

impl Limits {
    /// An organisation's logo: a scan or a phone photo of a printed logo fits, and the worst
    /// case allowed (16 Mpx of 16-bit RGBA) is 128 MiB of pixels.
    pub const LOGO: Limits = Limits {
        max_bytes: 2 * MIB,
        max_width: 4096,
        max_height: 4096,
        max_pixels: 4096 * 4096,
        max_alloc: 128 * MIB as u64,
    };

    /// An event photo: a 16 Mpx camera's picture fits (4928×3264, 4608×3456); larger ones
    /// are refused because a progressive JPEG needs about 9 bytes a pixel while it decodes.
    pub const PHOTO: Limits = Limits {
        max_bytes: 10 * MIB,
        max_width: 8192,
        max_height: 8192,
        max_pixels: 16 * 1024 * 1024,
        max_alloc: 160 * MIB as u64,
    };
}

/// The file written from the pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Lossless, keeps transparency: logos (`Png { max_side: 512 }`).
    Png { max_side: u32 },
    /// Photos (`Jpeg { max_side: 2048, quality: 85 }`); transparency is flattened onto white.
    Jpeg { max_side: u32, quality: u8 },
}

/// A freshly encoded image: nothing of the upload but its pixels, at most `max_side` wide and
/// high, already turned the way its EXIF orientation said.
#[derive(Clone, PartialEq, Eq)]
pub struct CleanImage {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// `image/png` or `image/jpeg`, from the `Output` asked for, never from the upload.
    pub mime: &'static str,
}

impl std::fmt::Debug for CleanImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CleanImage")
            .field("bytes", &self.bytes.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .field("mime", &self.mime)
            .finish()
    }
}

/// Why an upload was refused; each says something the uploader can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("the upload is empty")]
    Empty,
    #[error("the upload is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("the upload is not a JPEG, PNG, WebP or GIF image")]
    NotAnImage,
    /// A JPEG, PNG, WebP or GIF using a feature the decoder lacks (arithmetic-coded or
    /// 12-bit JPEG, for instance): to the uploader, the same advice as `NotAnImage`.
    #[error("the image uses a feature that cannot be decoded")]
    Unsupported,
    #[error("the image has too many pixels")]
    TooManyPixels,
    #[error("the image data is damaged or cut short")]
    Corrupt,
}

impl ImageError {
    /// The Fluent id of the message shown to the uploader. `TooLarge` carries the limit for it.
    /// What to tell the person, with the size limit the file went over.
    pub fn problem(&self) -> crate::text::Problem {
        match self {
            ImageError::TooLarge { max_bytes } => crate::text::Problem { id: "image-error-too-large", count: Some((*max_bytes / MIB) as i64) },
            other => other.message_id().into(),
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            ImageError::Empty => "image-error-empty",
            ImageError::TooLarge { .. } => "image-error-too-large",
            ImageError::NotAnImage | ImageError::Unsupported => "image-error-not-image",
            ImageError::TooManyPixels => "image-error-dimensions",
            ImageError::Corrupt => "image-error-corrupt",
        }
    }
}

/// Decodes `input` within `limits` and writes a new file from its pixels alone.
pub fn sanitise(input: &[u8], limits: &Limits, output: Output) -> Result<CleanImage, ImageError> {
    if input.is_empty() {
        return Err(ImageError::Empty);
    }
    if input.len() > limits.max_bytes {
        return Err(ImageError::TooLarge {
            max_bytes: limits.max_bytes,
        });
    }
    let format = sniff(input).ok_or(ImageError::NotAnImage)?;
    guarded(|| {
        let header = read_header(format, input).ok_or(ImageError::Corrupt)?;
        if header.width == 0 || header.height == 0 {
            return Err(ImageError::Corrupt);
        }
        if !within(limits, header.width, header.height) {
            return Err(ImageError::TooManyPixels);
        }
        let body = match format {
            ImageFormat::Png => Cow::Owned(png_pixel_chunks(input)),
            ImageFormat::WebP => {
                webp_chunks_fit(input)?;
                Cow::Borrowed(input)
            }
            _ => Cow::Borrowed(input),
        };
        let (image, orientation) = decode(&body, format, limits, header.working_bytes)?;
        Ok(encode(image, orientation, output))
    })
}

/// Every step that reads more than the upload's first bytes runs inside: a panic in a decoder
/// (or in the EXIF reader) is a malformed file, not a reason to lose the worker thread. The panic hook still
/// logs it, which is wanted: it is a bug to report upstream.
fn guarded<T>(work: impl FnOnce() -> Result<T, ImageError>) -> Result<T, ImageError> {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or(Err(ImageError::Corrupt))
}

/// The format from the first bytes: the four signatures the decoders themselves require.
fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        Some(ImageFormat::Png)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(ImageFormat::Gif)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// What the header says, read here rather than by the decoders: a few fixed fields, so the
/// limits hold whatever a decoder would do first.
struct Header {
    width: u32,
    height: u32,
    /// What the decoder will hold besides the decoded pixels (see `jpeg_frame`).
    working_bytes: u64,
}

fn within(limits: &Limits, width: u32, height: u32) -> bool {
    width <= limits.max_width
        && height <= limits.max_height
        && u64::from(width) * u64::from(height) <= limits.max_pixels
}

fn read_header(format: ImageFormat, bytes: &[u8]) -> Option<Header> {
    let le16 = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let be32 = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let le24 = |at: usize| {
        let b = bytes.get(at..at + 3)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], 0]))
    };
    let (width, height) = match format {
        ImageFormat::Jpeg => return jpeg_frame(bytes),
        ImageFormat::Png if bytes.get(12..16)? == b"IHDR" => (be32(16)?, be32(20)?),
        // The logical screen: the decoder's canvas, whatever the frames say.
        ImageFormat::Gif => (u32::from(le16(6)?), u32::from(le16(8)?)),
        ImageFormat::WebP => match bytes.get(12..16)? {
            b"VP8X" => (le24(24)? + 1, le24(27)? + 1),
            b"VP8L" if *bytes.get(20)? == 0x2F => {
                let bits = le24(21)? | u32::from(*bytes.get(24)?) << 24;
                ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            }
            b"VP8 " if bytes.get(23..26)? == [0x9D, 0x01, 0x2A] => {
                (u32::from(le16(26)? & 0x3FFF), u32::from(le16(28)? & 0x3FFF))
            }
            _ => return None,
        },
        _ => return None,
    };
    Some(Header {
        width,
        height,
        working_bytes: 0,
    })
}

/// The chunks that make the picture (and `eXIf`, for its orientation); text, ICC profiles,
/// animation and private chunks never reach the decoder.
const PNG_PIXEL_CHUNKS: [&[u8; 4]; 6] = [b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"eXIf"];

/// The PNG with only `PNG_PIXEL_CHUNKS`, copied whole with their CRCs; a chunk cut short ends
/// the copy, and the decoder then reports the image as cut short.
fn png_pixel_chunks(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    out.extend_from_slice(PNG_SIGNATURE);
    let mut rest = &input[PNG_SIGNATURE.len()..];
    while let Some(len) = rest.get(..4) {
        let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
        // Length, type, data, CRC.
        let Some(chunk) = len.checked_add(12).and_then(|whole| rest.get(..whole)) else {
            break;
        };
        let kind = &chunk[4..8];
        if PNG_PIXEL_CHUNKS.iter().any(|k| k.as_slice() == kind) {
            out.extend_from_slice(chunk);
        }
        rest = &rest[chunk.len()..];
        if kind == b"IEND" {
            break;
        }
    }
    out
}

/// Refuses a WebP whose chunks claim more bytes than the upload holds: the decoder takes the
/// claimed size of a metadata chunk (up to 4 GiB) as the size of a buffer to allocate.
fn webp_chunks_fit(input: &[u8]) -> Result<(), ImageError> {
    let le32 = |at: usize| {
        input
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let riff_end = le32(4).ok_or(ImageError::Corrupt)?.saturating_add(8);
    if riff_end > input.len() {
        return Err(ImageError::Corrupt);
    }
    let mut at = 12;
    while at + 8 <= riff_end {
        let size = le32(at + 4).ok_or(ImageError::Corrupt)?;
        let end = (at + 8).saturating_add(size);
        if end > riff_end {
            return Err(ImageError::Corrupt);
        }
        at = end + (size & 1);
    }
    Ok(())
}

fn decode(
    bytes: &[u8],
    format: ImageFormat,
    limits: &Limits,
    working_bytes: u64,
) -> Result<(DynamicImage, Orientation), ImageError> {
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_image_width = Some(limits.max_width);
    decoder_limits.max_image_height = Some(limits.max_height);
    decoder_limits.max_alloc = Some(limits.max_alloc);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decoder_limits);
    // Reads the header only (for a PNG, the chunks before the first IDAT).
    let mut decoder = reader.into_decoder().map_err(decoding_error)?;

    // The decoder read the same header; its view is checked again, and now the bytes a pixel
    // takes (up to 8, for 16-bit RGBA) are known.
    let (width, height) = decoder.dimensions();
    if !within(limits, width, height)
        || decoder.total_bytes().saturating_add(working_bytes) > limits.max_alloc
    {
        return Err(ImageError::TooManyPixels);
    }
    // A damaged EXIF block is no reason to refuse the picture: it is shown as stored.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(decoding_error)?;
    Ok((image, orientation))
}

/// The JPEG's frame header, and what its decoder holds besides the pixels: a progressive JPEG
/// (or one whose first scan lacks a component) keeps every DCT coefficient of the picture, two
/// bytes each, until the last scan — more than the decoded pixels, and that decoder takes no
/// allocation limit. `None` when the headers end before the first scan.
fn jpeg_frame(jpeg: &[u8]) -> Option<Header> {
    struct Frame {
        progressive: bool,
        width: u16,
        height: u16,
        /// Horizontal and vertical sampling factors of each component.
        sampling: Vec<(u64, u64)>,
    }
    let mut frame: Option<Frame> = None;
    let mut at = 2;
    loop {
        // Like the decoder, step over stray bytes before a marker.
        while *jpeg.get(at)? != 0xFF {
            at += 1;
        }
        while *jpeg.get(at)? == 0xFF {
            at += 1;
        }
        let marker = jpeg[at];
        at += 1;
        if marker == 0x01 || (0xD0..=0xD8).contains(&marker) {
            continue;
        }
        if marker == 0xD9 {
            return None;
        }
        let len = usize::from(u16::from_be_bytes([*jpeg.get(at)?, *jpeg.get(at + 1)?]));
        let body = jpeg.get(at + 2..at + len.max(2))?;
        match marker {
            // Start of frame, of every kind; only baseline and extended sequential (C0, C1)
            // are decoded one row of blocks at a time.
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) && frame.is_none() => {
                let height = u16::from_be_bytes([*body.get(1)?, *body.get(2)?]);
                let width = u16::from_be_bytes([*body.get(3)?, *body.get(4)?]);
                let count = usize::from(*body.get(5)?);
                let sampling = (0..count)
                    .map(|i| {
                        let hv = *body.get(6 + 3 * i + 1)?;
                        Some((u64::from(hv >> 4).max(1), u64::from(hv & 0x0F).max(1)))
                    })
                    .collect::<Option<Vec<_>>>()?;
                frame = Some(Frame {
                    progressive: !matches!(marker, 0xC0 | 0xC1),
                    width,
                    height,
                    sampling,
                });
            }
            0xDA => {
                let Frame {
                    progressive,
                    width,
                    height,
                    sampling,
                } = frame?;
                let first_scan_components = usize::from(*body.first()?);
                let working_bytes = if !progressive && first_scan_components == sampling.len() {
                    0
                } else {
                    // As the decoder sizes them: whole MCUs, each component at its sampling.
                    let h_max = sampling.iter().map(|s| s.0).max()?;
                    let v_max = sampling.iter().map(|s| s.1).max()?;
                    let mcus = u64::from(width).div_ceil(8 * h_max)
                        * u64::from(height).div_ceil(8 * v_max);
                    sampling.iter().map(|(h, v)| mcus * 64 * h * v * 2).sum()
                };
                return Some(Header {
                    width: width.into(),
                    height: height.into(),
                    working_bytes,
                });
            }
            _ => {}
        }
        at += len;
    }
}

fn decoding_error(error: image::ImageError) -> ImageError {
    match error {
        image::ImageError::Limits(_) => ImageError::TooManyPixels,
        image::ImageError::Unsupported(_) => ImageError::Unsupported,
        image::ImageError::Decoding(_)
        | image::ImageError::IoError(_)
        | image::ImageError::Parameter(_)
        | image::ImageError::Encoding(_) => ImageError::Corrupt,
    }
}

/// The size that fits in `max_side`×`max_side`, keeping the aspect ratio; never enlarged.
fn fit(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let max_side = max_side.max(1);
    let longest = width.max(height);
    if longest <= max_side {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest);
        (scaled as u32).clamp(1, max_side)
    };
    (scale(width), scale(height))
}

fn encode(image: DynamicImage, orientation: Orientation, output: Output) -> CleanImage {
    let max_side = match output {
        Output::Png { max_side } | Output::Jpeg { max_side, .. } => max_side,
    };
    let (width, height) = fit(image.width(), image.height(), max_side);
    let mut image = if (width, height) == (image.width(), image.height()) {
        image
    } else {
        // Area averaging: no full-size intermediate buffer (a filtered resize would hold one in
        // f32), and a faithful downscale.
        image.thumbnail_exact(width, height)
    };
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());

    let mut bytes = Vec::new();
    // Writing our own pixels into a Vec cannot fail but for a bug: the dimensions and the
    // buffer come from the same `DynamicImage`.
    let written = match output {
        Output::Png { .. } => {
            let color = image.color();
            let encoder = PngEncoder::new_with_quality(
                &mut bytes,
                CompressionType::Default,
                FilterType::Adaptive,
            );
            match (color.has_color(), color.has_alpha()) {
                (false, false) => {
                    let p = image.to_luma8();
                    encoder.write_image(&p, width, height, ExtendedColorType::L8)
                }
                (false, true) => {
                    let p = image.to_luma_alpha8();
                    encoder.write_image(&p, width, height, ExtendedColorType::La8)
                }
                (true, false) => {
                    let p = image.to_rgb8();
                    encoder.write_image(&p, width, height, ExtendedColorType::Rgb8)
                }
                (true, true) => {
                    let p = image.to_rgba8();
                    encoder.write_image(&p, width, height, ExtendedColorType::Rgba8)
                }
            }
        }
        Output::Jpeg { quality, .. } => {
            let pixels = on_white(&image);
            JpegEncoder::new_with_quality(&mut bytes, quality.clamp(1, 100)).write_image(
                &pixels,
                width,
                height,
                ExtendedColorType::Rgb8,
            )
        }
    };
    written.expect("encoding our own pixels into memory");
    let mime = match output {
        Output::Png { .. } => "image/png",
        Output::Jpeg { .. } => "image/jpeg",
    };
    CleanImage {
        bytes,
        width,
        height,
        mime,
    }
}

/// RGB for a JPEG: transparent parts become white, as the page behind a logo usually is.
fn on_white(image: &DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.to_rgb8();
    }
    let rgba = image.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let a = u16::from(a);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_decoding_is_a_corrupt_image() {
        let answer: Result<(), ImageError> = guarded(|| panic!("a decoder's bug"));
        assert_eq!(answer, Err(ImageError::Corrupt));
        assert_eq!(guarded(|| Ok(7)), Ok(7));
    }

    #[test]
    fn fit_keeps_the_aspect_ratio_and_never_enlarges() {
        assert_eq!(fit(100, 50, 512), (100, 50));
        assert_eq!(fit(1024, 512, 512), (512, 256));
        assert_eq!(fit(512, 1024, 512), (256, 512));
        assert_eq!(fit(4000, 3000, 2048), (2048, 1536));
        assert_eq!(fit(10000, 1, 512), (512, 1));
        assert_eq!(fit(1, 60000, 512), (1, 512));
        assert_eq!(fit(3, 3, 0), (1, 1));
    }

    #[test]
    fn sniffing_reads_only_the_signature() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some(ImageFormat::Jpeg));
        assert_eq!(sniff(b"GIF89a"), Some(ImageFormat::Gif));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBP"), Some(ImageFormat::WebP));
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(sniff(b"<svg"), None);
        assert_eq!(sniff(b"\xFF\xD8"), None);
    }

    #[test]
    fn png_filter_keeps_pixel_chunks_and_stops_at_iend() {
        fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0; 4]);
            c
        }
        let mut png = PNG_SIGNATURE.to_vec();
        for c in [
            chunk(b"IHDR", &[0; 13]),
            chunk(b"tEXt", b"Comment\0secret"),
            chunk(b"iCCP", b"x\0\0bomb"),
            chunk(b"IDAT", b"pixels"),
            chunk(b"IEND", b""),
        ] {
            png.extend_from_slice(&c);
        }
        png.extend_from_slice(b"<html>");
        let mut expected = PNG_SIGNATURE.to_vec();
        for c in [
            chunk(b"IHDR", &[0; 13]),
            chunk(b"IDAT", b"pixels"),
            chunk(b"IEND", b""),
        ] {
            expected.extend_from_slice(&c);
        }
        assert_eq!(png_pixel_chunks(&png), expected);
        // A chunk claiming more than is there ends the copy.
        let mut cut = PNG_SIGNATURE.to_vec();
        cut.extend_from_slice(&chunk(b"IHDR", &[0; 13]));
        cut.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xF0, b'I', b'D', b'A', b'T', 1, 2]);
        assert_eq!(png_pixel_chunks(&cut), cut[..8 + 25].to_vec());
    }

    #[test]
    fn webp_chunks_must_fit_in_the_upload() {
        let mut webp = b"RIFF\0\0\0\0WEBPVP8X".to_vec();
        webp.extend_from_slice(&10u32.to_le_bytes());
        webp.extend_from_slice(&[0; 10]);
        webp.extend_from_slice(b"EXIF");
        webp.extend_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
        webp.extend_from_slice(b"Exif\0\0");
        let riff = (webp.len() - 8) as u32;
        webp[4..8].copy_from_slice(&riff.to_le_bytes());
        assert_eq!(webp_chunks_fit(&webp), Err(ImageError::Corrupt));
        // The RIFF size itself beyond the upload: cut short.
        let mut cut = webp.clone();
        cut[4..8].copy_from_slice(&(riff + 100).to_le_bytes());
        assert_eq!(webp_chunks_fit(&cut), Err(ImageError::Corrupt));
    }
}

/// [`sanitise`] off the async threads, and one picture at a time per process: each may take
/// ~150 MB at the limits, and a burst of uploads must not add their peaks up.
pub async fn sanitise_one_at_a_time(input: Vec<u8>, limits: &'static Limits, output: Output) -> anyhow::Result<Result<CleanImage, ImageError>> {
    static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);
    let _turn = DECODING.acquire().await.map_err(|e| anyhow::anyhow!("picture queue: {e}"))?;
    tokio::task::spawn_blocking(move || sanitise(&input, limits, output)).await.map_err(|e| anyhow::anyhow!("picture task: {e}"))
}
