//! Map outlines: boundaries projected to map units, simplified with Douglas–Peucker and
//! written as SVG paths.

use crate::shapes::Shape;
use finder_common::geo::{project, LatLon};

/// Douglas–Peucker tolerances in map units (20 m). The whole region is seen at
/// 20 units per pixel on a phone and about 8 on a tablet, so 10 stays within a
/// pixel or so; Paris is seen at about 2, so in its close-up, where départements
/// border the arrondissements, they get the arrondissements' 1.5.
pub const DEPARTEMENT_TOLERANCE: f64 = 10.0;
pub const DEPARTEMENT_TOLERANCE_IN_PARIS: f64 = 1.5;
pub const ARRONDISSEMENT_TOLERANCE: f64 = 1.5;

/// An SVG path in map units (see `geo::project`): absolute "M" for each ring, then
/// relative "l" steps, simplified with Douglas–Peucker at `tolerance` units.
pub fn svg_path(shape: &Shape, tolerance: f64) -> String {
    svg_path_with(shape, &|_| tolerance)
}

/// [`svg_path`] with a tolerance that depends on where a point is: finer where the
/// map is seen up close.
pub fn svg_path_with(shape: &Shape, tolerance: &dyn Fn((i32, i32)) -> f64) -> String {
    let mut path = String::new();
    for ring in shape.polygons.iter().flatten() {
        let mut points: Vec<(i32, i32)> = Vec::new();
        for p in ring {
            let (x, y) = project(LatLon {
                lat: p[1] as f32,
                lon: p[0] as f32,
            });
            let point = (x.round() as i32, y.round() as i32);
            if points.last() != Some(&point) {
                points.push(point);
            }
        }
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        let kept = simplify(&points, tolerance);
        if kept.len() < 3 {
            continue; // an islet smaller than the tolerance
        }
        let (mut x, mut y) = kept[0];
        path.push_str(&format!("M{x} {y}l"));
        for (i, &(px, py)) in kept.iter().enumerate().skip(1) {
            for (j, n) in [px - x, py - y].into_iter().enumerate() {
                if n >= 0 && (i, j) != (1, 0) {
                    path.push(' ');
                }
                path.push_str(&n.to_string());
            }
            (x, y) = (px, py);
        }
        path.push('z');
    }
    path
}

/// Douglas–Peucker on a closed ring, anchored at its first point and the point
/// farthest from it.
fn simplify(points: &[(i32, i32)], tolerance: &dyn Fn((i32, i32)) -> f64) -> Vec<(i32, i32)> {
    if points.len() < 4 {
        return points.to_vec();
    }
    let far = (1..points.len())
        .max_by_key(|&i| {
            let (dx, dy) = (points[i].0 - points[0].0, points[i].1 - points[0].1);
            dx as i64 * dx as i64 + dy as i64 * dy as i64
        })
        .unwrap_or(1);
    let mut keep = vec![false; points.len() + 1];
    keep[0] = true;
    keep[far] = true;
    keep[points.len()] = true;
    let closed: Vec<(i32, i32)> = points.iter().copied().chain([points[0]]).collect();
    mark(&closed, 0, far, tolerance, &mut keep);
    mark(&closed, far, points.len(), tolerance, &mut keep);
    (0..points.len())
        .filter(|&i| keep[i])
        .map(|i| points[i])
        .collect()
}

fn mark(
    points: &[(i32, i32)],
    first: usize,
    last: usize,
    tolerance: &dyn Fn((i32, i32)) -> f64,
    keep: &mut [bool],
) {
    if last <= first + 1 {
        return;
    }
    let (a, b) = (points[first], points[last]);
    let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
    let length = dx.hypot(dy);
    // How far a point is from the chord, as a multiple of the tolerance there.
    let excess = |p: (i32, i32)| {
        let (px, py) = ((p.0 - a.0) as f64, (p.1 - a.1) as f64);
        let distance = if length == 0.0 {
            px.hypot(py)
        } else {
            (px * dy - py * dx).abs() / length
        };
        distance / tolerance(p)
    };
    let (index, worst) =
        (first + 1..last)
            .map(|i| (i, excess(points[i])))
            .fold(
                (first, -1.0),
                |best, next| if next.1 > best.1 { next } else { best },
            );
    if worst > 1.0 {
        keep[index] = true;
        mark(points, first, index, tolerance, keep);
        mark(points, index, last, tolerance, keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::square;

    #[test]
    fn outlines_are_compact_closed_paths() {
        let shape = square("75", 2.25, 48.815, 2.42, 48.9);
        let path = svg_path(&shape, 1.0);
        assert!(path.starts_with('M') && path.ends_with('z'), "{path}");
        assert_eq!(path.matches('l').count(), 1);
        // A square needs four corners whatever the tolerance.
        let numbers: Vec<&str> = path[1..path.len() - 1]
            .split(['l', ' ', '-'])
            .filter(|n| !n.is_empty())
            .collect();
        assert_eq!(numbers.len(), 8, "{path}");
    }
}
