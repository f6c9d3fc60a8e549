//! What the daemon measures about itself while it runs, for `GET /metrics` (Prometheus text
//! format). Counts of receipts and documents come from the store at scrape time (they survive
//! restarts); what only this process sees — stage durations, OCR pages — is recorded here.

use std::sync::OnceLock;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StageLabels {
    pub stage: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub pipeline: String,
    pub outcome: String,
}

/// The process's own measurements.
pub struct Metrics {
    pub stage_seconds: Family<StageLabels, Histogram>,
    pub processed: Family<OutcomeLabels, Counter>,
    pub ocr_pages: Counter,
    pub http_requests: Family<HttpLabels, Counter>,
    pub page_images: Family<PageImageLabels, Counter>,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PageImageLabels {
    /// `rendered` or `cached`.
    pub source: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub status: u16,
}

fn stage_histogram() -> Histogram {
    // 1 ms … ~65 s: born-digital text in milliseconds, OCR of a long scan in tens of seconds.
    Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
        0.001, 2.0, 17,
    ))
}

impl Metrics {
    fn new() -> Metrics {
        Metrics {
            stage_seconds: Family::new_with_constructor(stage_histogram),
            processed: Family::default(),
            ocr_pages: Counter::default(),
            http_requests: Family::default(),
            page_images: Family::default(),
        }
    }

    /// Registers everything under the `mailroom_` prefix.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "stage_duration_seconds",
            "Time a processing stage took per document",
            self.stage_seconds.clone(),
        );
        registry.register(
            "processed",
            "Receipts this process finished, by pipeline and outcome",
            self.processed.clone(),
        );
        registry.register(
            "ocr_pages",
            "Pages this process read with OCR",
            self.ocr_pages.clone(),
        );
        registry.register(
            "http_requests",
            "HTTP requests answered, by status",
            self.http_requests.clone(),
        );
        registry.register(
            "page_images",
            "Page images served, rendered or from the in-memory cache",
            self.page_images.clone(),
        );
    }

    pub fn page_image(&self, source: &str) {
        self.page_images
            .get_or_create(&PageImageLabels {
                source: source.to_string(),
            })
            .inc();
    }

    pub fn stage_took(&self, stage: &str, took: Duration) {
        self.stage_seconds
            .get_or_create(&StageLabels {
                stage: stage.to_string(),
            })
            .observe(took.as_secs_f64());
    }

    pub fn finished(&self, pipeline: &str, outcome: &str) {
        self.processed
            .get_or_create(&OutcomeLabels {
                pipeline: pipeline.to_string(),
                outcome: outcome.to_string(),
            })
            .inc();
    }
}

/// The process-wide measurements.
pub fn global() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(Metrics::new)
}
