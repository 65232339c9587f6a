#!/usr/bin/env bash
# Compares what two running copies of the site answer, byte for byte: every address in the
# sitemap, the API, the CSV exports and a list of addresses with filters (good and bad
# input for each form). Usage: scripts/compare-output.sh BASE_URL OTHER_URL
# Prints the number of addresses compared and each difference in status or body; exits 1
# when any differs. A body is compared with BASE_URL written as OTHER_URL, so that links
# built from the request's own address do not count as a difference.
set -euo pipefail

base="${1:?usage: $0 BASE_URL OTHER_URL}"
other="${2:?usage: $0 BASE_URL OTHER_URL}"
base="${base%/}"
other="${other%/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Paths with their query strings, as the site's forms and links would send them. A bad
# address has one refused value, or values refused by their type (listed in a fixed order)
# with at most one refused by a rule: the order of several rules' messages varies from
# one request to the next on either copy.
fixed_paths() {
	cat <<'EOF'
/sitemap.xml
/robots.txt
/changes.atom
/v3/api-docs
/api/v1/programs
/api/v1/programs?page=2&size=5
/api/v1/programs?field=data-science-analytics&sort=price
/api/v1/programs?maxPrice=1000&currency=USD
/api/v1/programs?maxPrice=abc
/api/v1/programs?field=Not+A+Field
/api/v1/programs?country=ZZ
/api/v1/programs?page=-1
/api/v1/degrees
/api/v1/degrees?country=US&delivery=online
/api/v1/degrees?accepts=true&tuitionStated=false
/api/v1/degrees?accepts=maybe
/api/v1/degrees?delivery=by-post
/api/v1/pathways
/api/v1/pathways?kind=credit&minShare=20
/api/v1/pathways?includeHistorical=true
/api/v1/pathways?minShare=abc
/api/v1/pathways?minShare=101
/api/v1/pathways?kind=other
/api/v1/routes
/api/v1/routes?field=business-management&maxCost=20000
/api/v1/routes?country=HK&rate=0.128&rateFrom=HKD&currency=HKD
/api/v1/routes?maxCost=abc
/api/v1/routes?country=ZZ
/api/v1/routes?program=no-such-program
/api/v1/routes?minShare=1000
/api/v1/sources
/api/v1/institutions
/programs.csv
/programs.csv?field=data-science-analytics
/programs.csv?maxPrice=2000&sort=price
/programs.csv?maxPrice=abc
/programs.csv?country=ZZ
/degrees.csv
/degrees.csv?delivery=online
/degrees.csv?accepts=maybe
/degrees.csv?country=ZZ
/pathways.csv
/pathways.csv?kind=credit
/pathways.csv?minShare=abc
/pathways.csv?institution=nowhere
/sources.csv
/programs?field=data-science-analytics
/programs?field=+data-science-analytics+
/programs?field=&q=&sort=
/programs?maxPrice=1500&sort=price
/programs?maxPrice=1500&currency=EUR
/programs?maxPrice=abc
/programs?maxPrice=-5
/programs?maxMonths=abc
/programs?maxMonths=500
/programs?credit=maybe
/programs?credit=true&includeRetired=true
/programs?includeRetired=maybe
/programs?country=US
/programs?country=ZZ
/programs?country=usa
/programs?institution=nowhere
/programs?institution=Bad+Id
/programs?currency=usd
/programs?q=supply
/programs?sort=cheapest
/programs?field=Not+A+Field
/programs?field=engineering&page=2&utm_source=x
/degrees?country=US
/degrees?country=ZZ
/degrees?country=us
/degrees?delivery=online&field=business-management
/degrees?delivery=by-post
/degrees?accepts=true
/degrees?accepts=maybe
/degrees?tuitionStated=false
/degrees?tuitionStated=maybe
/degrees?field=&country=
/pathways?kind=credit
/pathways?kind=other
/pathways?minShare=25
/pathways?minShare=abc
/pathways?minShare=101
/pathways?includeHistorical=true
/pathways?includeHistorical=maybe
/pathways?country=ZZ
/pathways?institution=nowhere
/pathways?institution=BAD
/calculator
/calculator?pathway=
/calculator?pathway=no-such-pathway
/calculator?pathway=Bad+Slug
/calculator?price=abc
/calculator?program=mitx-supply-chain-management
/calculator?degree=no-such-degree
/calculator?program=mitx-supply-chain-management&degree=no-such-degree
/calculator?program=Bad+Slug&degree=x
/calculator?program=mitx-supply-chain-management&degree=mit-masters-supply-chain-management
/calculator?program=mitx-supply-chain-management&degree=hkust-msc-big-data-technology
/calculator?program=mitx-supply-chain-management&degree=mit-masters-supply-chain-management&programMonths=soon
/calculator?program=no-such-program&degree=mit-masters-supply-chain-management
/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&currency=EUR
/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&currency=XAU
/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&currency=ZZZ
/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&currency=eur&programMonths=24-12
/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management?currency=EUR
/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management?currency=XAU
/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management?currency=eur
/programs/mitx-supply-chain-management?currency=EUR
/programs/mitx-supply-chain-management?currency=XAU
/compare/credentials?item=program:mitx-supply-chain-management&item=degree:mit-masters-supply-chain-management&currency=EUR
/compare/credentials?item=program:mitx-supply-chain-management&item=degree:mit-masters-supply-chain-management&currency=XAU
/routes
/routes?field=business-management
/routes?field=data-science-analytics&maxCost=15000&sort=months
/routes?country=HK&rate=0.128&rateFrom=HKD&currency=HKD
/routes?program=mitx-supply-chain-management&maxMonths=16
/routes?program=mitx-supply-chain-management&maxMonths=17&includeHistorical=true
/routes?delivery=online&region=europe
/routes?minShare=50&sort=share
/routes?maxCost=abc
/routes?maxCost=-1
/routes?maxMonths=abc
/routes?minShare=1000
/routes?includeHistorical=maybe
/routes?country=ZZ
/routes?country=usa
/routes?program=no-such-program
/routes?degree=no-such-degree
/routes?rate=0&rateFrom=HKD
/routes?rate=abc
/routes?rateFrom=hkd
/routes?delivery=by-post
/routes?region=atlantis
/routes?sort=cheapest
/routes?currency=usd
/routes?field=+business-management+&country=
/no-such-page
/programs?maxPrice=abc&maxMonths=xyz
/programs?maxMonths=xyz&maxPrice=abc&credit=x
/programs?maxPrice=abc&sort=cheapest
/degrees?accepts=maybe&country=usa
/degrees?tuitionStated=x&accepts=maybe
/pathways?minShare=abc&includeHistorical=x
/pathways.csv?minShare=abc&kind=x
/programs.csv?maxPrice=abc&maxMonths=xyz
/calculator?pathway=x&rate=abc&price=abc
/routes?maxCost=abc&sort=cheapest
/routes?rate=x&maxMonths=y&maxCost=z
/api/v1/programs?maxPrice=abc&maxMonths=xyz
/api/v1/degrees?accepts=maybe&tuitionStated=x&page=x
/api/v1/routes?maxCost=abc&sort=cheapest
/api/v1/routes?rate=x&maxMonths=y
EOF
}

# Calculator addresses with the learner's figures, built on real pathways from the API.
calculator_paths() {
	curl -s "$base/api/v1/pathways?size=100" | grep -o '"id" *: *"[a-z0-9-]*"' | sed 's/.*"\([a-z0-9-]*\)"$/\1/' \
		| sort -u | head -n 3 | while read -r id; do
		echo "/calculator?pathway=$id"
		echo "/calculator?pathway=$id&price=1200&tuition=30000&share=25"
		echo "/calculator?pathway=$id&programMonths=12&degreeMonths=18-24"
		echo "/calculator?pathway=$id&programMonths=24-12"
		echo "/calculator?pathway=$id&programMonths=soon"
		echo "/calculator?pathway=$id&price=abc"
		echo "/calculator?pathway=$id&share=101"
		echo "/calculator?pathway=$id&tuition=-1"
		echo "/calculator?pathway=$id&rate=0.2"
		echo "/calculator?pathway=$id&rate=abc"
		echo "/calculator?pathway=+$id+&price=+1200+"
	done
}

# Addresses the sitemap lists, as paths.
sitemap_paths() {
	curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's#<loc>##' -e 's#</loc>##' \
		| sed -E 's#^https?://[^/]+##' | sed 's/&amp;/\&/g'
}

{
	fixed_paths
	calculator_paths
	sitemap_paths
} | sort -u >"$work/paths"

count=0
differences=0
while IFS= read -r path; do
	[ -n "$path" ] || continue
	count=$((count + 1))
	a_status=$(curl -s -o "$work/a" -w '%{http_code}' "$base$path")
	b_status=$(curl -s -o "$work/b" -w '%{http_code}' "$other$path")
	# The same body with the base's own address written as the other's.
	sed "s#${base}#${other}#g" "$work/a" >"$work/a.norm"
	if [ "$a_status" != "$b_status" ]; then
		differences=$((differences + 1))
		echo "DIFF status $a_status -> $b_status: $path"
	elif ! cmp -s "$work/a.norm" "$work/b"; then
		differences=$((differences + 1))
		echo "DIFF body ($a_status): $path"
		diff "$work/a.norm" "$work/b" | head -n 10 || true
	fi
done <"$work/paths"

echo "Compared $count URLs: $differences differences."
[ "$differences" -eq 0 ]
