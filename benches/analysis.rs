//! Load + analyse generated maps of 1,000, 10,000 and 100,000 stakeholders (3 relations each).

use std::process::{Command, Stdio};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use ecomap::{analysis, io, model};

// The same allocator as the `ecomap` binary, so the figures match what users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load_and_analyze(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_analyze");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let bytes = io::to_bytes(&model::generated_map(n, 3, 1)).unwrap();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("parse", n), &bytes, |b, bytes| {
            b.iter(|| io::from_bytes(bytes).unwrap());
        });
        let map = io::from_bytes(&bytes).unwrap();
        group.bench_with_input(BenchmarkId::new("analyze", n), &map, |b, map| {
            b.iter(|| analysis::analyze(map));
        });
        group.bench_with_input(BenchmarkId::new("parse+analyze", n), &bytes, |b, bytes| {
            b.iter(|| analysis::analyze(&io::from_bytes(bytes).unwrap()));
        });
    }
    group.finish();
}

/// The whole `ecomap analyze FILE --json` process, as a user runs it (output to /dev/null).
fn analyze_process(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("analyze_process");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let path = dir.path().join(format!("gen{n}.ecomap.json"));
        io::save(&model::generated_map(n, 3, 1), &path).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(n), &path, |b, path| {
            b.iter(|| {
                let status = Command::new(env!("CARGO_BIN_EXE_ecomap"))
                    .arg("analyze")
                    .arg(path)
                    .arg("--json")
                    .stdout(Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success());
            });
        });
    }
    group.finish();
}

criterion_group!(benches, load_and_analyze, analyze_process);
criterion_main!(benches);
