package zipfscale.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import zipfscale.check.CheckResult;
import zipfscale.check.CheckSettings;
import zipfscale.check.ExhibitChecker;
import zipfscale.check.ExhibitResult;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.claims.Exhibit;
import zipfscale.claims.Extrapolation;
import zipfscale.fit.ExtrapolationCheck;
import zipfscale.fit.ExtrapolationResult;
import zipfscale.pipeline.cache.CacheKeys;
import zipfscale.pipeline.cache.VerdictCache;

/**
 * One run's use of the verdict cache: looks results up by key, stores what was computed, counts both.
 * Thread-safe (claims are checked on several threads).
 */
final class Reuse {
    private final VerdictCache cache;
    private final CheckSettings settings;
    private final CacheKeys keys;
    private final Set<Claim> reusedClaims = ConcurrentHashMap.newKeySet();
    private final AtomicInteger exhibitsReused = new AtomicInteger();
    private final AtomicInteger extrapolationsReused = new AtomicInteger();

    Reuse(VerdictCache cache, CheckSettings settings) {
        this.cache = cache;
        this.settings = settings;
        this.keys = cache.enabled() ? CacheKeys.current() : null;
    }

    Optional<CheckResult> claim(Derivation d, Claim c) {
        if (!cache.enabled()) {
            return Optional.empty();
        }
        Optional<CheckResult> r = cache.load(keys.claim(d, c, settings), CheckResult.class, CheckResult.class,
                List.of(d, c));
        r.ifPresent(x -> reusedClaims.add(c));
        return r;
    }

    CheckResult stored(Derivation d, Claim c, CheckResult r) {
        if (cache.enabled()) {
            cache.store(keys.claim(d, c, settings), r, CheckResult.class);
        }
        return r;
    }

    List<ExhibitResult> exhibits(List<Derivation> derivations) {
        List<ExhibitResult> out = new ArrayList<>();
        for (Derivation d : derivations) {
            ExhibitChecker checker = new ExhibitChecker(d, settings);
            for (Exhibit e : d.exhibits()) {
                String key = cache.enabled() ? keys.exhibit(d, e, settings) : null;
                Optional<ExhibitResult> known = cache.enabled()
                        ? cache.load(key, ExhibitResult.class, ExhibitResult.class, List.of(d, e))
                        : Optional.empty();
                if (known.isPresent()) {
                    exhibitsReused.incrementAndGet();
                    out.add(known.get());
                } else {
                    ExhibitResult r = checker.check(e);
                    if (cache.enabled()) {
                        cache.store(key, r, ExhibitResult.class);
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }

    List<ExtrapolationResult> extrapolations(List<Derivation> derivations) {
        List<ExtrapolationResult> out = new ArrayList<>();
        for (Derivation d : derivations) {
            for (Extrapolation e : d.extrapolations()) {
                String key = cache.enabled() ? keys.extrapolation(d, e) : null;
                Optional<ExtrapolationResult> known = cache.enabled()
                        ? cache.load(key, ExtrapolationResult.class, ExtrapolationResult.class, List.of(d, e))
                        : Optional.empty();
                if (known.isPresent()) {
                    extrapolationsReused.incrementAndGet();
                    out.add(known.get());
                } else {
                    ExtrapolationResult r = ExtrapolationCheck.check(d, e);
                    if (cache.enabled()) {
                        cache.store(key, r, ExtrapolationResult.class);
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }

    CacheUse use(List<CheckResult> results, int exhibits, int extrapolations) {
        if (!cache.enabled()) {
            return CacheUse.off(results, exhibits, extrapolations);
        }
        List<CheckResult> checked = results.stream().filter(r -> !reusedClaims.contains(r.claim())).toList();
        return new CacheUse(true, results.size(), results.size() - checked.size(), exhibits, exhibitsReused.get(),
                extrapolations, extrapolationsReused.get(), checked, cache.ignored());
    }
}
