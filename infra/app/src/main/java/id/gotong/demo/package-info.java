/**
 * The four case studies of the seed research, recorded on first start through the same command path as real users,
 * so a newcomer sees real collaborations, and tests can check the dashboards against the figures the studies report.
 */
package id.gotong.demo;
