#!/usr/bin/env bash
# Reliability under bad input and faults: a large fuzz and the pathological catalogue.
#
# Usage: eval/reliability.sh [FUZZ_COUNT] [PIPELINE]        (default: 10000 default)
#        PARTS="fuzz catalogue kill" selects parts; CORPUS_JAVA_OPTS sets the heap (default -Xmx4g);
#        LIGHT (default ner-lexicon) is the pipeline of the cases about files and folders, where the
#        content does not matter and loading CoreNLP's models would only add time.
#
# fuzz:      FUZZ_COUNT documents from org.annocorpus.eval.benchmark.FuzzCorpus (seed 17) through
#            `./corpus annotate`, then CorpusCheck: valid documents lost, malformed XMI, offsets out of
#            range or inside a character; the run's time, peak memory and exit code.
# catalogue: one `./corpus annotate` (or eval) per pathological case, with its exit code, the one line
#            it printed about the case, its wall time and peak resident memory.
# kill:      kill -9 of an annotate run at several moments, then the same command again: is the folder
#            byte-identical to an uninterrupted run, with no stray file beside it?
# Prints Markdown tables; record them in eval/results/reliability.md. Needs GNU time (/usr/bin/time).
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
pipeline="${2:-default}"
parts="${PARTS:-fuzz catalogue kill}"
light="${LIGHT:-ner-lexicon}"
export CORPUS_JAVA_OPTS="${CORPUS_JAVA_OPTS:--Xmx4g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="$home/corpus"
"$corpus" --help >/dev/null || exit 3   # build first, so that timings are of the runs only
cp="$home/target/classes:$(cat "$home/target/runtime-classpath.txt")"

# run NAME CMD...: runs CMD under GNU time; sets $exit, $secs, $mb and $said (its first failed:/error: line)
run() {
  local name="$1"; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
  exit=$?
  read -r secs kb < <(tail -1 "$work/$name.time") || true
  [[ "$secs" =~ ^[0-9.]+$ ]] || { secs="?"; kb=0; }
  mb=$((kb / 1024))
  said="$(grep -m1 -E '^(failed|error|internal error): ' "$work/$name.err" | sed "s|$work/||g; s/|/\\\\|/g" | cut -c1-150)"
  [ -n "$said" ] || said="$(tail -1 "$work/$name.out" | cut -c1-150)"
}

if [[ " $parts " == *" fuzz "* ]]; then
  echo "## Fuzz: $count documents, pipeline $pipeline, $CORPUS_JAVA_OPTS"
  echo
  java -cp "$cp" org.annocorpus.eval.benchmark.FuzzCorpus "$work/fuzz" "$count" 17 >/dev/null
  run fuzz "$corpus" annotate --quiet --input "$work/fuzz" --output "$work/fuzz-out" --pipeline "$pipeline"
  crashed=$([ "$exit" -ge 3 ] && echo yes || echo no)
  refused=$(grep -c '^failed: ' "$work/fuzz.err")
  check="$(java -cp "$cp" org.annocorpus.eval.benchmark.CorpusCheck "$work/fuzz" "$work/fuzz-out" | tail -1)"
  echo "| documents | exit code | crashed | refused (all reasons) | seconds | peak RSS (MB) |"
  echo "|---:|---:|---|---:|---:|---:|"
  echo "| $count | $exit | $crashed | $refused | $secs | $mb |"
  echo
  echo "CorpusCheck: $check"
  echo
  echo "Reasons for refusal:"
  grep '^failed: ' "$work/fuzz.err" | sed -E 's/^failed: [^:]+: //; s/ at byte offset [0-9]+//' | sort | uniq -c | sort -rn | head -10
  echo
fi

if [[ " $parts " == *" catalogue "* ]]; then
  echo "## Pathological catalogue (pipeline $pipeline, default limits: --max-chars 1000000, --doc-timeout 120)"
  echo
  echo "| case | exit | seconds | peak RSS (MB) | what the run said |"
  echo "|---|---:|---:|---:|---|"
  # case NAME: the folder $work/cases/NAME/in is annotated into .../out
  annotate_case() {
    local name="$1"; local p="${2:-$pipeline}"
    run "$name" "$corpus" annotate --quiet --input "$work/cases/$name/in" --output "$work/cases/$name/out" \
      --pipeline "$p"
    echo "| $name ($p) | $exit | $secs | $mb | $said |"
  }
  mk() { mkdir -p "$work/cases/$1/in"; echo "$work/cases/$1/in"; }
  py() { python3 -c "$1"; }

  d=$(mk emoji-next-to-quotes); printf 'He wrote “😀” online. China💞’s exports rose.\n' >"$d/a.txt"; annotate_case emoji-next-to-quotes
  d=$(mk large-fraction); printf 'The share rose to 99999999999/3 of the total, officials said.\n' >"$d/a.txt"; annotate_case large-fraction
  d=$(mk xml-illegal-character); printf 'Rain\001in Lisbon on Tuesday.\n' >"$d/a.txt"; annotate_case xml-illegal-character
  d=$(mk token-60000-chars); py "open('$d/a.txt','w').write('He said ' + 'a'*60000 + ' yesterday.\n')"; annotate_case token-60000-chars
  d=$(mk quote-marks-80k); py "open('$d/a.txt','w').write('He said ' + '\u201c'*80000 + '\n')"; annotate_case quote-marks-80k
  d=$(mk quote-marks-100k); py "open('$d/a.txt','w').write('He said ' + '\u201c'*100000 + '\n')"; annotate_case quote-marks-100k
  d=$(mk quote-marks-999k); py "open('$d/a.txt','w').write('He said ' + '\u201c'*999000 + '\n')"; annotate_case quote-marks-999k
  d=$(mk nested-brackets-100k); py "open('$d/a.txt','w').write('(' * 100000 + 'x' + ')' * 100000 + '\n')"; annotate_case nested-brackets-100k
  d=$(mk one-line-990k-chars); py "
import random; r=random.Random(1); w=['the','minister','said','Ana','Ruiz','Riverton','council','would','spend','3','million','dollars']
s=[]; n=0
while n < 990000:
    t=r.choice(w); s.append(t); n+=len(t)+1
open('$d/a.txt','w').write(' '.join(s)[:990000])"; annotate_case one-line-990k-chars
  d=$(mk over-size-limit-2mb); py "open('$d/a.txt','w').write('word ' * 400000)"; annotate_case over-size-limit-2mb "$light"
  d=$(mk dev-zero-symlink); ln -s /dev/zero "$d/zero.txt"; printf 'Fine.\n' >"$d/b.txt"; annotate_case dev-zero-symlink "$light"
  d=$(mk fifo); mkfifo "$d/pipe.txt"; printf 'Fine.\n' >"$d/b.txt"; annotate_case fifo "$light"
  d=$(mk directory-named-x.txt); mkdir "$d/x.txt"; printf 'Fine.\n' >"$d/b.txt"; annotate_case directory-named-x.txt "$light"
  d=$(mk control-character-name); printf 'Fine.\n' >"$d/$(printf 'a\001b').txt"; annotate_case control-character-name "$light"
  d=$(mk name-250-bytes); printf 'Fine.\n' >"$d/$(printf 'x%.0s' $(seq 250)).txt"; annotate_case name-250-bytes "$light"
  d=$(mk colliding-names); printf 'One.\n' >"$d/Report.txt"; printf 'Two.\n' >"$d/report.txt"; annotate_case colliding-names "$light"
  d=$(mk undecodable-names); printf 'One.\n' >"$d/$(printf 'a\377').txt"; printf 'Two.\n' >"$d/$(printf 'a\376').txt"; annotate_case undecodable-names "$light"
  d=$(mk invalid-utf8); printf 'ok \303\050 bad\n' >"$d/a.txt"; annotate_case invalid-utf8 "$light"
  d=$(mk empty-folder); annotate_case empty-folder "$light"
  d=$(mk writer-outside-output); printf 'Fine.\n' >"$d/a.txt"
  cp -r "$home/pipelines" "$work/pipelines"   # a copy, so that its include of parts/ still resolves
  sed "s|targetLocation: \${output}/conll|targetLocation: $work/elsewhere|" "$home/pipelines/$light.yaml" >"$work/pipelines/outside.yaml"
  run writer-outside-output "$corpus" annotate --quiet --input "$d" --output "$work/cases/writer-outside-output/out" --pipeline "$work/pipelines/outside.yaml"
  echo "| writer-outside-output | $exit | $secs | $mb | $said |"
  # billion laughs: 10 levels of 10 entities, 843 bytes in the issue's version
  mkdir -p "$work/laughs"
  py "
s='<?xml version=\"1.0\"?>\n<!DOCTYPE l [\n<!ENTITY l0 \"lol\">\n'
for i in range(1,10): s+='<!ENTITY l%d \"%s\">\n' % (i, ('&l%d;' % (i-1))*10)
s+=']>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"><cas:Sofa xmlns:cas=\"http:///uima/cas.ecore\" xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&l9;\"/></xmi:XMI>\n'
open('$work/laughs/000_9bb03da469b49762.xmi','w').write(s)"
  run billion-laughs-eval "$corpus" eval --system "$work/laughs"
  said="$(grep -h -m1 -o 'not a readable XMI file.*' "$work/billion-laughs-eval.out" "$work/billion-laughs-eval.err" | head -1 | cut -c1-150)"
  echo "| billion-laughs-xmi (eval --system) | $exit | $secs | $mb | $said |"
  mkdir -p "$work/badgold"; cp "$home"/gold/dev/000_9bb03da469b49762.* "$work/badgold/"; tr '\n' '\r' <"$home/gold/dev/000_9bb03da469b49762.ann" >"$work/badgold/000_9bb03da469b49762.ann"
  mkdir -p "$work/sys"; cp "$home/gold/dev/000_9bb03da469b49762.txt" "$work/sys/"
  run cr-only-gold "$corpus" eval --system "$work/laughs" --gold "$work/badgold"
  echo "| cr-only-gold (eval) | $exit | $secs | $mb | $said |"
  # a second run into a folder another run is writing
  d=$(mk concurrent-run); java -cp "$cp" org.annocorpus.eval.benchmark.FuzzCorpus "$d" 200 5 >/dev/null
  "$corpus" annotate --quiet --input "$d" --output "$work/cases/concurrent-run/out" --pipeline "$light" >/dev/null 2>&1 &
  first=$!
  sleep 3
  run concurrent-run "$corpus" annotate --quiet --input "$d" --output "$work/cases/concurrent-run/out" --pipeline "$light"
  echo "| concurrent-run (second run) | $exit | $secs | $mb | $said |"
  wait "$first"
  # a full disk: a 2 MB tmpfs, when this user may mount one
  mkdir -p "$work/small"
  if mount -t tmpfs -o size=2m tmpfs "$work/small" 2>/dev/null; then
    d=$(mk full-disk); java -cp "$cp" org.annocorpus.eval.benchmark.FuzzCorpus "$d" 300 9 >/dev/null
    run full-disk "$corpus" annotate --quiet --input "$d" --output "$work/small/out" --pipeline "$light"
    echo "| full-disk (2 MB tmpfs) | $exit | $secs | $mb | $said |"
    umount "$work/small"
  else
    echo "| full-disk | - | - | - | not measured: cannot mount a small tmpfs here |"
  fi
  echo
fi

if [[ " $parts " == *" kill "* ]]; then
  echo "## kill -9 during a run, then the same command again (pipeline $light)"
  echo
  in="$work/kill-in"
  java -cp "$cp" org.annocorpus.eval.benchmark.FuzzCorpus "$in" 100 23 >/dev/null
  "$corpus" annotate --quiet --input "$in" --output "$work/kill-clean" --pipeline "$light" >/dev/null 2>&1
  echo "| killed after (s) | re-run exit | identical to an uninterrupted run | stray files beside the folder |"
  echo "|---:|---:|---|---|"
  for at in ${KILL_AT:-1 3 6 10 15 20}; do
    rm -rf "$work/kill-out"
    setsid "$corpus" annotate --quiet --input "$in" --output "$work/kill-out" --pipeline "$light" >/dev/null 2>&1 &
    victim=$!
    sleep "$at"
    kill -9 -- -"$victim" 2>/dev/null || kill -9 "$victim" 2>/dev/null
    wait "$victim" 2>/dev/null
    "$corpus" annotate --quiet --input "$in" --output "$work/kill-out" --pipeline "$light" >/dev/null 2>&1
    rerun=$?
    same=$(diff -r "$work/kill-clean" "$work/kill-out" >/dev/null 2>&1 && echo yes || echo NO)
    stray=$(cd "$work" && ls -A | grep -E '^\.kill-out' | tr '\n' ' ')
    echo "| $at | $rerun | $same | ${stray:-none} |"
  done
  echo
fi
