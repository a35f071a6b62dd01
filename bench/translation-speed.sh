#!/usr/bin/env bash
# Front-end and CUDA-to-HIP throughput in MB/s, with one thread and with one thread per core
# (as `kport translate` spreads a tree's files over the cores), from the JMH benchmarks
# FrontEndBenchmark (lex+parse+sema, and the lexer alone) and HipTranslationBenchmark, each in a
# 512 MB heap. Arguments, when given, replace the iteration options passed to JMH (e.g.
# -wi 1 -i 2 for a quicker, rougher run).
# Run on a quiet machine: other work on the cores lowers every figure. On a shared host, where the
# cores themselves slow down from minute to minute, dev.kport.bench.FrontEndHostRecord shows how far
# the front-end figure followed the machine (docs/translate.md, Speed).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
mvn -q -B -ntp package -DskipTests -pl bench -am
cores=$(nproc)
out=bench/target/translation-speed
mkdir -p "$out"
fe_iterations=(-wi 6 -w 5 -i 3 -r 5) # the JIT is still compiling the front end for some 20 s
hip_iterations=(-wi 3 -i 3)
if [ $# -gt 0 ]; then
  fe_iterations=("$@")
  hip_iterations=("$@")
fi
for t in 1 "$cores"; do
  echo "translation-speed: $t thread(s)..." >&2
  java -jar bench/target/benchmarks.jar 'FrontEndBenchmark.(lexOnly|lexParseSema)' -t "$t" \
    "${fe_iterations[@]}" -rf json -rff "$out/front-end-t$t.json" >&2
  java -jar bench/target/benchmarks.jar HipTranslationBenchmark -p launches=cuda -t "$t" \
    "${hip_iterations[@]}" -rf json -rff "$out/hip-t$t.json" >&2
done
python3 - "$out" 1 "$cores" <<'PY'
import json, sys
out, threads = sys.argv[1], sys.argv[2:]
def bytes_rate(path, bench):
    for r in json.load(open(path)):
        if r["benchmark"].endswith(bench):
            m = r["secondaryMetrics"]["bytes"]
            return m["score"] / 1e6, float(m["scoreError"]) / 1e6
    return None
print("%-22s %s" % ("MB/s", "  ".join("%16s" % (t + (" thread" if t == "1" else " threads")) for t in threads)))
for label, file, bench in [("lexer alone", "front-end", "lexOnly"), ("lex+parse+sema", "front-end", "lexParseSema"),
                           ("CUDA to HIP", "hip", "translateCorpus")]:
    cells = []
    for t in threads:
        r = bytes_rate("%s/%s-t%s.json" % (out, file, t), bench)
        cells.append("%16s" % ("%.1f ± %.1f" % r if r else "-"))
    print("%-22s %s" % (label, "  ".join(cells)))
PY
