#!/usr/bin/env bash
# In-domain training of the named-entity tagger, measured by document-level cross-validation over the
# gold dev split (eval/ner/README.md, "Third round: in-domain training").
#
# Usage: eval/ner/cross-validate.sh CONLL_TRAIN CONLL_DEV OUTDIR WEIGHT...
#   CONLL_TRAIN  CoNLL-2003 eng.train (e.g. ../shared/data/conll2003/eng.train)
#   CONLL_DEV    CoNLL-2003 eng.testa: scored by each fold's training run (never trained on)
#   OUTDIR       work files (e.g. eval/work/ner-cv; not committed)
#   WEIGHT       configurations: N, the in-domain weight (visits per epoch of each gold sentence, `train ner
#                --in-domain-weight N`); aN, the same with feature augmentation (`--augment`); 0, no gold:
#                one model on CONLL_TRAIN alone for all folds (the shipped model before in-domain training)
# Environment: FOLDS (default 4), GOLD (default gold/dev: the development split; the test split is refused),
#   KINDS (default "alone rules"): the rule layers run over each fold model: alone (none, as ner-trained),
#   rules (the default's five, as eval/ner/pipelines/trained+all.yaml), kept (as ner-trained-rules: name
#   patterns, lexicon typing, document consistency), scheme (the five but lexicon gap filling);
#   TRAIN_OPTS (default "--orders 3 --name-lists eval/work/ner-name-lists", as the shipped model; the lists
#   are unpacked by eval/ner/name-lists.sh when missing).
#
# The documents of GOLD, sorted by id, go to the folds round-robin (document i to fold i mod FOLDS). For
# each fold and weight: the other folds' gold becomes training data on the tagger's own tokens
# (`corpus gold export --pipeline gold-ner-training`), a model is trained on CONLL_TRAIN plus that data
# (seed 1, 12 epochs, all feature groups, by default three orders averaged and the name lists, as the shipped
# model), and the fold's held-out documents are
# annotated with it twice: the tagger alone (as pipelines/ner-trained.yaml) and the tagger under the
# default pipeline's rule layers (as eval/ner/pipelines/trained+all.yaml). The held-out XMI of all folds
# is pooled and scored once against GOLD (`corpus eval --layers entities`, strict F1): every document is
# scored by a model that did not see it. One training JVM at a time, under nice.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 4 ] || [ ! -f "$1" ] || [ ! -f "$2" ]; then
  echo "usage: $0 CONLL_TRAIN CONLL_DEV OUTDIR WEIGHT..." >&2
  exit 2
fi
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
train="$(abs "$1")"
dev="$(abs "$2")"
mkdir -p "$3"
out="$(cd "$3" && pwd)"
shift 3
folds="${FOLDS:-4}"
gold="$(cd "${GOLD:-$home/gold/dev}" && pwd)"
case "$gold" in
  */test|*/test/*) echo "$0: the gold test split is for reporting only: not for training" >&2; exit 2 ;;
esac
corpus="$home/corpus"
cd "$home"

# Fold assignment and the per-fold folders: training gold (brat) and held-out texts.
mapfile -t ids < <(cd "$gold" && ls -1 -- *.ann | sed 's/\.ann$//' | LC_ALL=C sort)
: >"$out/folds.tsv"
for ((f = 0; f < folds; f++)); do
  rm -rf "$out/fold$f"
  mkdir -p "$out/fold$f/train-gold" "$out/fold$f/held-out"
done
for i in "${!ids[@]}"; do
  id="${ids[$i]}"
  held=$((i % folds))
  printf '%s\t%d\n' "$id" "$held" >>"$out/folds.tsv"
  cp "$gold/$id.txt" "$out/fold$held/held-out/"
  for ((f = 0; f < folds; f++)); do
    if [ "$f" -ne "$held" ]; then
      cp "$gold/$id.txt" "$gold/$id.ann" "$out/fold$f/train-gold/"
    fi
  done
done
for ((f = 0; f < folds; f++)); do
  [ -f "$gold/annotation.conf" ] && cp "$gold/annotation.conf" "$out/fold$f/train-gold/"
  nice -n 10 "$corpus" gold export --gold "$out/fold$f/train-gold" --pipeline gold-ner-training \
    --output "$out/fold$f/gold-train" --quiet 2>"$out/fold$f/gold-train.log" >/dev/null
done

# The rule layers of a kind, in the default pipeline's order.
layers() { # KIND
  case "$1" in
    alone) ;;
    rules) echo NamePatternRecognizer NamedEntitySpanNormalizer NamedEntityLexiconTyper \
      LexiconNamedEntityRecognizer NamedEntityDocumentConsistency ;;
    kept) echo NamePatternRecognizer NamedEntityLexiconTyper NamedEntityDocumentConsistency ;;
    scheme) echo NamePatternRecognizer NamedEntitySpanNormalizer NamedEntityLexiconTyper \
      NamedEntityDocumentConsistency ;;
    *) echo "$0: unknown kind $1 (alone, rules, kept, scheme)" >&2; exit 2 ;;
  esac
}
read -r -a kinds <<<"${KINDS:-alone rules}"
lists="$home/eval/work/ner-name-lists"
read -r -a train_opts <<<"${TRAIN_OPTS---orders 3 --name-lists $lists}"
if [[ " ${train_opts[*]} " == *" --name-lists $lists "* ]] && [ ! -f "$lists/WikiPeople.lst" ]; then
  "$home/eval/ner/name-lists.sh" "$lists" >/dev/null
fi
for kind in "${kinds[@]}"; do layers "$kind" >/dev/null; done

# A pipeline of the given kind with a model: the tagger, then the kind's rule layers.
pipeline() { # KIND MODEL FILE
  {
    printf 'name: cv-%s\ndescription: cross-validation (%s)\n\n' "$1" "$2"
    printf 'reader:\n  component: TextDocumentReader\n  parameters:\n    sourceLocation: ${input}\n'
    printf '    pattern: "*.txt"\n    language: en\n\ncomponents:\n'
    printf '  - include: %s\n' "$home/pipelines/parts/preprocessing.yaml"
    printf '  - component: TrainedNamedEntityRecognizer\n    parameters:\n      modelLocation: %s\n' "$2"
    for c in $(layers "$1"); do
      printf '  - component: %s\n' "$c"
    done
    printf '\nwriters:\n  - component: XmiCorpusWriter\n    parameters:\n      targetLocation: ${output}/xmi\n'
  } >"$3"
}

strict() { grep -m1 -E '^ +strict ' "$1" || echo '?'; }

for w in "$@"; do
  dir="$out/w$w"
  mkdir -p "$dir"
  for kind in "${kinds[@]}"; do
    rm -rf "$dir/$kind"
    mkdir -p "$dir/$kind"
  done
  for ((f = 0; f < folds; f++)); do
    if [ "$w" = 0 ]; then
      model="$dir/conll-only.ner.gz"
      if [ ! -f "$model" ]; then
        CORPUS_JAVA_OPTS=-Xmx5g nice -n 10 "$corpus" train ner --train "$train" --dev "$dev" \
          --output "$model" --seed 1 --epochs 12 --encoding BILOU "${train_opts[@]}" >"$dir/conll-only.train.out" 2>&1
      fi
    else
      model="$dir/fold$f.ner.gz"
      if [ ! -f "$model" ]; then
        augment=()
        [ "${w#a}" != "$w" ] && augment=(--augment)
        CORPUS_JAVA_OPTS=-Xmx5g nice -n 10 "$corpus" train ner --train "$train" --dev "$dev" \
          --in-domain "$out/fold$f/gold-train/ner.conll" --in-domain-weight "${w#a}" "${augment[@]}" \
          --output "$model" --seed 1 --epochs 12 --encoding BILOU "${train_opts[@]}" >"$dir/fold$f.train.out" 2>&1
      fi
    fi
    for kind in "${kinds[@]}"; do
      pipeline "$kind" "$model" "$dir/fold$f.$kind.yaml"
      nice -n 10 "$corpus" annotate --input "$out/fold$f/held-out" --output "$dir/fold$f.$kind" \
        --pipeline "$dir/fold$f.$kind.yaml" --quiet >/dev/null 2>"$dir/fold$f.$kind.log"
      cp "$dir/fold$f.$kind"/xmi/*.xmi "$dir/$kind/"
      cp -n "$dir/fold$f.$kind"/xmi/typesystem.xml "$dir/$kind/" 2>/dev/null || true
    done
  done
  for kind in "${kinds[@]}"; do
    "$corpus" eval --system "$dir/$kind" --gold "$gold" --layers entities --per-document \
      --markdown "$dir/$kind.md" >"$dir/$kind.txt" 2>&1 || true
  done
  conll="$(for ((f = 0; f < folds; f++)); do
      log="$dir/fold$f.ner.gz.log"
      [ "$w" = 0 ] && log="$dir/conll-only.ner.gz.log"
      { grep -h -m1 '^dev ALL' "$log" 2>/dev/null || true; } | grep -o 'F1 *[0-9.]*' | grep -o '[0-9.]*$' || true
    done | tr '\n' ' ')"
  {
    printf 'configuration %s\tCoNLL dev per fold: %s\n' "$w" "${conll:--}"
    for kind in "${kinds[@]}"; do
      printf '  %s: %s\n' "$kind" "$(strict "$dir/$kind.txt")"
    done
  } | tee "$dir/summary.txt"
done
