//! Load + analyse generated maps of 1,000, 10,000 and 100,000 stakeholders (3 relations each).

use std::process::{Command, Stdio};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use ecomap::model::{RelationId, StakeholderId};
use ecomap::{analysis, io, model};

// The same allocator as the `ecomap` binary, so the figures match what users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load_and_analyze(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_analyze");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let bytes = io::to_bytes(&model::generated_map(n, 3, 1).unwrap()).unwrap();
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
        io::save(&model::generated_map(n, 3, 1).unwrap(), &path).unwrap();
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

/// Two scenarios of 10,000 stakeholders and 30,000 relations, the second changed here and
/// there (100 stakeholders left, 500 relations removed, 500 collaborations added): the whole
/// comparison, both analyses included. Target: ≤ 200 ms.
fn compare_scenarios(c: &mut Criterion) {
    let mut map = model::generated_map(10_000, 3, 1).unwrap();
    let ids: Vec<StakeholderId> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    // The generator leaves out duplicate pairs: top up to exactly 30,000 relations.
    for w in ids.windows(3).step_by(3) {
        if map.relation_count() >= 30_000 {
            break;
        }
        let id = map.fresh_relation_id();
        let _ = map.add_relation(model::Relation::new(
            id,
            model::RelationKind::Interest,
            w[0].clone(),
            w[2].clone(),
        ));
    }
    map.duplicate_scenario("Straks").unwrap();
    let rels: Vec<RelationId> = map
        .relations_sorted()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    for id in rels.iter().step_by(60).take(500) {
        let _ = map.remove_relation(id);
    }
    for id in ids.iter().step_by(100).take(100) {
        let _ = map.remove_stakeholder(id);
    }
    let mut added = 0;
    for w in ids.windows(2).skip(7).step_by(19) {
        if added == 500 {
            break;
        }
        let id = map.fresh_relation_id();
        let r = model::Relation::new(
            id,
            model::RelationKind::Collaboration,
            w[0].clone(),
            w[1].clone(),
        );
        if map.add_relation(r).is_ok() {
            added += 1;
        }
    }
    let (from, to) = (
        map.scenario_map("Nu").unwrap(),
        map.scenario_map("Straks").unwrap(),
    );
    eprintln!(
        "compare: {} stakeholders and {} relations to {} and {}",
        from.stakeholder_count(),
        from.relation_count(),
        to.stakeholder_count(),
        to.relation_count()
    );
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    group.bench_function("10000x30000", |b| b.iter(|| analysis::compare(&from, &to)));
    group.bench_function("switch_scenario_10000", |b| {
        b.iter(|| {
            map.switch_scenario("Nu").unwrap();
            map.switch_scenario("Straks").unwrap();
        });
    });
    group.finish();
}

/// Weak links (articulation points) of a 2,000-partner map: target under 10 ms.
fn weak_links(c: &mut Criterion) {
    let map = ecomap::model::generated_map(2000, 3, 7).unwrap();
    c.bench_function("weak_links_2000", |b| b.iter(|| analysis::weak_links(&map)));
}

criterion_group!(
    benches,
    load_and_analyze,
    analyze_process,
    compare_scenarios,
    weak_links
);
criterion_main!(benches);
